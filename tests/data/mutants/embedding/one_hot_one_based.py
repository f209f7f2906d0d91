import numpy as np


def embed(ids, E):
    V = E.shape[0]
    onehot = np.eye(V)[ids - 1]
    return onehot @ E
