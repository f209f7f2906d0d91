import numpy as np


def one_hot(ids, V):
    out = np.zeros((len(ids), V))
    for row, i in enumerate(ids):
        if i + 1 < V:
            out[row, i + 1] = 1.0
    return out
