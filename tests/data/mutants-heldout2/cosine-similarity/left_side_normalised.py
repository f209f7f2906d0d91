import numpy as np


def cosine(a, b):
    an = a / np.maximum(np.linalg.norm(a, axis=-1, keepdims=True), 1e-8)
    return an @ b.T
