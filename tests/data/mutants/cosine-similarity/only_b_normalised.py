import numpy as np


def cosine(a, b):
    nb = np.maximum(np.sqrt(np.sum(b * b, axis=1, keepdims=True)), 1e-8)
    return a @ (b / nb).T
