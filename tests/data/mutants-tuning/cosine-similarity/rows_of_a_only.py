import numpy as np


def cosine(a, b):
    a_unit = a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-8)
    return a_unit @ b.T
