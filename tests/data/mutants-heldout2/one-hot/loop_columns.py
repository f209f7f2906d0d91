import numpy as np


def one_hot(ids, V):
    B = len(ids)
    table = np.zeros((B, V))
    for w in ids:
        table[:, w] = 1.0
    return table
