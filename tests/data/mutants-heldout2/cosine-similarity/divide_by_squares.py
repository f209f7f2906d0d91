import numpy as np


def cosine(a, b):
    dots = a @ b.T
    sa = np.maximum(np.sum(a ** 2, axis=1), 1e-8)
    sb = np.maximum(np.sum(b ** 2, axis=1), 1e-8)
    return dots / (sa[:, None] * sb[None, :])
