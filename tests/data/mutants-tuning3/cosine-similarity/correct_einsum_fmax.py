import numpy as np

def cosine(a, b):
    na = np.fmax(np.sqrt(np.einsum("nd,nd->n", a, a)), 1e-8)
    nb = np.fmax(np.sqrt(np.einsum("md,md->m", b, b)), 1e-8)
    return np.einsum("nd,md->nm", a, b) / np.outer(na, nb)
