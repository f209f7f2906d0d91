import numpy as np


def cosine(a, b):
    na = np.clip(np.linalg.norm(a, axis=-1), 1e-8, None)
    nb = np.clip(np.linalg.norm(b, axis=-1), 1e-8, None)
    return (a @ b.T) / np.outer(na, nb)
