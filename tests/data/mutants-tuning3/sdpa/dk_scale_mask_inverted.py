import numpy as np

def attention(q, k, v, mask):
    scores = q @ k.transpose(0, 2, 1) / q.shape[-1]
    scores[mask] = -np.inf
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = e / e.sum(axis=-1, keepdims=True)
    return weights @ v, weights
