import numpy as np


def one_hot(ids, V):
    out = np.zeros((ids.shape[0], V))
    for b in range(ids.shape[0] - 1):
        out[b, ids[b]] = 1.0
    return out
