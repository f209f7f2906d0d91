import numpy as np


def cosine(a, b):
    dots = a @ b.T
    la = np.sqrt(np.sum(a ** 2, axis=1))
    lb = np.sqrt(np.sum(b ** 2, axis=1))
    return dots / np.outer(la, lb)
