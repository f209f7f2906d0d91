import numpy as np


def cosine(a, b):
    # "+ eps" instead of max(norm, eps): the same wherever a norm is far from 0
    na = np.linalg.norm(a, axis=1, keepdims=True) + 1e-8
    nb = np.linalg.norm(b, axis=1, keepdims=True) + 1e-8
    return (a @ b.T) / (na * nb.T)
