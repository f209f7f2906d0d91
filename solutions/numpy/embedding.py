"""Reference for drill `embedding`: an embedding lookup in torch.nn.Embedding's layout (NumPy, float64).

E (V, D) holds one learned vector per word; looking word v up reads row v. This equals
one_hot(v, V) @ E, which is why an embedding layer is a linear layer on one-hot inputs that
skips the V-wide multiplication.
"""

import numpy as np


def embed(ids, E):
    """Return (T, B, D): out[t, b] = E[ids[t, b]]."""
    # Integer-array indexing keeps the index's shape (T, B) and appends the row's (D,),
    # so the time-major layout is preserved without any reshape.
    return E[ids]
