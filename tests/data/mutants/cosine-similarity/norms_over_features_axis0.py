import numpy as np


def cosine(a, b):
    na = np.sqrt((a ** 2).sum(axis=0, keepdims=True))
    nb = np.sqrt((b ** 2).sum(axis=0, keepdims=True))
    return (a / np.maximum(na, 1e-8)) @ (b / np.maximum(nb, 1e-8)).T
