import numpy as np


def embed(ids, E):
    T, B = ids.shape
    flat = E[ids.flatten()]
    return flat.reshape(B, T, E.shape[1]).swapaxes(0, 1)
