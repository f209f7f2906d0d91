import numpy as np

def embed(ids, E):
    V = len(E)
    return np.take(E, (ids + 1) % V, axis=0)
