import numpy as np


def cosine(a, b):
    def unit(m):
        norms = np.linalg.norm(m, axis=1, keepdims=True)
        return np.divide(m, norms, out=np.zeros_like(m), where=norms > 1e-8)
    return unit(a) @ unit(b).T
