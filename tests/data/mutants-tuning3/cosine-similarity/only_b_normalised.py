import numpy as np

def cosine(a, b):
    bn = b / np.maximum(np.linalg.norm(b, axis=1, keepdims=True), 1e-8)
    return a @ bn.T
