import numpy as np


def embed(ids, E):
    T, B = ids.shape
    D = E.shape[1]
    out = np.empty((T, B, D))
    for t in range(T):
        for b in range(B):
            out[t, b, :] = E[ids[t, b], :]
    return out
