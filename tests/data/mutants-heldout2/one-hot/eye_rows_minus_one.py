import numpy as np


def one_hot(ids, V):
    # row k of the identity is the code of word k (words numbered from 1)
    return np.eye(V)[ids - 1]
