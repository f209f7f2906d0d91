"""Reference for drill `one-hot`, PyTorch track: one-hot coding, plus torch.nn.functional.one_hot."""

import torch


def one_hot(ids, V):
    """Return (B, V) float64: row ids[b] of the V x V identity for each b."""
    return torch.eye(V, dtype=torch.float64)[ids]


def torch_nn_equivalent(ids, V):
    """Return the same with torch.nn.functional.one_hot (int64) converted to float64."""
    ids = torch.as_tensor(ids, dtype=torch.int64)
    return torch.nn.functional.one_hot(ids, V).double()
