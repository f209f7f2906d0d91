import numpy as np


def cosine(a, b):
    na = np.maximum(np.linalg.norm(a, axis=1), 1e-8)
    nb = np.maximum((b * b).sum(axis=1), 1e-8)     # forgot the square root for b
    return (a @ b.T) / na[:, None] / nb[None, :]
