import numpy as np


def one_hot(ids, V):
    m = np.zeros((len(ids), V))
    for row, word in enumerate(ids):
        m[row, word - 1] = 1.0
    return m
