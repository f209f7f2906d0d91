import numpy as np


def embed(ids, E):
    T, B = ids.shape
    out = np.zeros((T, B, E.shape[1]))
    for t in range(T):
        for b in range(B):
            vec = E[ids[t, b]]
            out[t, b] = vec / np.sqrt(np.sum(vec ** 2))   # unit word vectors
    return out
