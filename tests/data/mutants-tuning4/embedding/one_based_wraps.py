import numpy as np


def embed(ids, E):
    T, B = ids.shape
    out = np.empty((T, B, E.shape[1]))
    for t in range(T):
        for b in range(B):
            out[t, b] = E[ids[t, b] - 1]   # vocabulary counted from 1
    return out
