import numpy as np


def norms(m):
    return np.maximum(np.sqrt(np.einsum("nd,nd->n", m, m)), 1e-8)


def cosine(a, b):
    dots = np.einsum("nd,md->nm", a, b)
    return dots / np.outer(norms(a), norms(b))
