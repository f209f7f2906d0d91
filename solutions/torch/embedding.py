"""Reference for drill `embedding`, PyTorch track: an embedding lookup, plus torch.nn.Embedding."""

import torch


def embed(ids, E):
    """Return (T, B, D): out[t, b] = E[ids[t, b]].

    Indexing is differentiable: its backward is an index_add (scatter-add) into dL/dE, so a row
    read several times receives the sum of their gradients.
    """
    return E[ids]


def torch_nn_equivalent(ids, E):
    """Return the same with torch.nn.Embedding(V, D), its weight bound to E (so gradients reach E)."""
    from torch.func import functional_call

    E = torch.as_tensor(E, dtype=torch.float64)
    ids = torch.as_tensor(ids, dtype=torch.int64)
    V, D = E.shape
    layer = torch.nn.Embedding(V, D, dtype=torch.float64)
    return functional_call(layer, {"weight": E}, (ids,))
