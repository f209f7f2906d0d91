import numpy as np


def one_hot(ids, V):
    out = np.zeros((len(ids), V))
    for b, word in enumerate(ids):
        out[b, word - 1] = 1.0   # word 1 is the first column
    return out
