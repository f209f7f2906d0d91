import numpy as np


def one_hot(ids, V):
    m = np.zeros((ids.shape[0], V), dtype=np.float64)
    m[:, ids] = 1
    return m
