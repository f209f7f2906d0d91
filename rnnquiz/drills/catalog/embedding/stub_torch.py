"""Drill `embedding` (PyTorch track): look word ids up in an embedding table."""

import torch


def embed(ids, E):
    """Return the word vectors of a time-major batch of ids (tensor ops; do not call nn.Embedding).

    The gradient w.r.t. E is checked: a row read several times must receive the SUM of the
    gradients of all the places it was read (autograd does this if you stay in torch).

    Args:
        ids: (T, B) int64 tensor of word ids, each in [0, V) (0-based).
        E:   (V, D) float64 tensor (requires_grad), the embedding table; row v is word v's vector.

    Equations:
        out[t, b, :] = E[ids[t, b], :]          # the same as one_hot(ids[t, b], V) @ E
        dL/dE[v] = sum over all (t, b) with ids[t, b] == v of dL/dout[t, b]

    Example (the slide's feature table: columns fruit, colour, shape, taste):
        E = [[0.99, 0.05, 0.98, 0.01],   # 0 apple
             [0.05, 0.99, 0.02, 0.99],   # 1 banana
             [0.2,  0.9,  0.1,  0.8 ],   # 2 orange
             [0.9,  0.95, 0.05, 0.12]]   # 3 grape
        embed(torch.tensor([[3], [0]]), E) -> [[[0.9, 0.95, 0.05, 0.12]],    # t=0: grape
                                               [[0.99, 0.05, 0.98, 0.01]]]   # t=1: apple

    Returns:
        vectors: (T, B, D) float64 tensor.
    """
    raise NotImplementedError("embed: look up the rows of E described in the docstring")
