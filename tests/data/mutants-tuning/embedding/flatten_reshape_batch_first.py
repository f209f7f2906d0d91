import numpy as np


def embed(ids, E):
    T, B = ids.shape
    flat = E[ids.T.reshape(-1)]                 # batch-major
    return flat.reshape(T, B, -1)               # reshaped as if time-major
