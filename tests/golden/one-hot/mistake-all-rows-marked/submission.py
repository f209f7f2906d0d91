import numpy as np


def one_hot(ids, V):
    B = ids.shape[0]
    out = np.zeros((B, V), dtype=np.float64)
    for word in ids:
        out[:, word] = 1.0
    return out
