"""Drill `one-hot` (PyTorch track): one-hot coding of a batch of word ids."""

import torch


def one_hot(ids, V):
    """Return the one-hot vectors of the word ids (tensor ops; do not call F.one_hot).

    Gradients are not checked (the input is integer).

    Args:
        ids: (B,) int64 tensor of word ids, each in [0, V) (0-based).
        V:   int, the vocabulary size.

    Equations:
        onehot[b, v] = 1.0 if v == ids[b] else 0.0

    Example (V = 4, the slide's fruit vocabulary: 0 apple, 1 banana, 2 orange, 3 grape):
        one_hot(torch.tensor([2, 0]), 4) -> [[0., 0., 1., 0.],     # orange
                                             [1., 0., 0., 0.]]     # apple

    Returns:
        onehot: (B, V) float64 tensor.
    """
    raise NotImplementedError("one_hot: build the (B, V) one-hot tensor described in the docstring")
