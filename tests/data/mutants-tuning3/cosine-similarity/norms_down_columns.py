import numpy as np

def cosine(a, b):
    norm_a = np.maximum(np.sqrt(np.sum(a ** 2, axis=0, keepdims=True)), 1e-8)
    norm_b = np.maximum(np.sqrt(np.sum(b ** 2, axis=0, keepdims=True)), 1e-8)
    return (a / norm_a) @ (b / norm_b).T
