import numpy as np


def one_hot(ids, V):
    m = np.zeros((ids.size, V), dtype=float)
    m[:, ids] = 1
    return m
