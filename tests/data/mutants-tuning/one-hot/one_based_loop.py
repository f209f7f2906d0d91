import numpy as np


def one_hot(ids, V):
    out = np.zeros((len(ids), V))
    for row, word in enumerate(ids):
        out[row, word - 1] = 1.0
    return out
