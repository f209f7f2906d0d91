import numpy as np


def embed(ids, E):
    En = E / np.linalg.norm(E, axis=1, keepdims=True)
    return En[ids - 1]
