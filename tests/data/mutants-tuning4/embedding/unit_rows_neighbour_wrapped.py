import numpy as np


def embed(ids, E):
    table = E / np.linalg.norm(E, axis=1, keepdims=True)
    return np.take(table, (ids + 1) % E.shape[0], axis=0)
