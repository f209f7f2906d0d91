import numpy as np


def one_hot(ids, V):
    cols = np.minimum(ids + 1, V - 1)
    return np.eye(V)[cols]
