import numpy as np


def cosine(a, b):
    na = np.maximum((a ** 2).sum(axis=1), 1e-8)
    nb = np.maximum((b ** 2).sum(axis=1), 1e-8)
    return (a @ b.T) / (na[:, None] * nb[None, :])
