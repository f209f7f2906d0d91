import numpy as np


def embed(ids, E):
    T, B = ids.shape
    D = E.shape[1]
    flat = np.take(E, ids.flatten(), axis=0)   # one row per token
    out = flat.reshape(B, T, D)                # batch-first ...
    return np.swapaxes(out, 0, 1)              # ... then back to time-major
