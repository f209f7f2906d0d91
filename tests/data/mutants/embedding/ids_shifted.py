import numpy as np


def embed(ids, E):
    # off by one: reads the row after the word's
    return np.take(E, ids + 1, axis=0, mode="clip")
