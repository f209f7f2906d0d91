"""Drill `one-hot` (NumPy track): one-hot coding of a batch of word ids."""

import numpy as np


def one_hot(ids, V):
    """Return the one-hot vectors of the word ids, as torch.nn.functional.one_hot(ids, V).double().

    Args:
        ids: (B,) int64 word ids, each in [0, V) (0-based).
        V:   int, the vocabulary size.

    Equations:
        onehot[b, v] = 1.0 if v == ids[b] else 0.0

    Example (V = 4, the slide's fruit vocabulary: 0 apple, 1 banana, 2 orange, 3 grape):
        one_hot(np.array([2, 0]), 4) -> [[0., 0., 1., 0.],     # orange
                                         [1., 0., 0., 0.]]     # apple

    Returns:
        onehot: (B, V) float64 array.
    """
    raise NotImplementedError("one_hot: build the (B, V) one-hot array described in the docstring")
