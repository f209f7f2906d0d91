import numpy as np


def one_hot(ids, V):
    B = len(ids)
    out = np.zeros((B, V))
    for b in range(B):
        out[b, int(ids[b])] = 1.0
    return out
