"""Reference for drill `one-hot`: one-hot coding of word ids (NumPy, float64).

One-hot is the slides' first word representation: word k of a V-word vocabulary is the k-th
standard basis vector of R^V. Every pair of distinct words is orthogonal (cosine 0) and equally
far apart, which is why the course moves on to dense word embeddings.
"""

import numpy as np


def one_hot(ids, V):
    """Return (B, V) float64: onehot[b, v] = 1 if v == ids[b] else 0."""
    out = np.zeros((ids.shape[0], V), dtype=np.float64)
    # Pair row b with column ids[b]: fancy indexing with two index arrays of length B
    # (out[:, ids] would instead set the columns ids in every row).
    out[np.arange(ids.shape[0]), ids] = 1.0
    return out
