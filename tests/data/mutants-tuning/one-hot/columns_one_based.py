import numpy as np


def one_hot(ids, V):
    table = np.zeros((ids.shape[0], V))
    table[:, ids - 1] = 1.0
    return table
