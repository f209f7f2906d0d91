import numpy as np


def attention(q, k, v, mask):
    B, Tq, Tk = mask.shape
    out = np.zeros((B, Tq, v.shape[2]))
    weights = np.zeros((B, Tq, Tk))
    for b in range(B):
        scores = q[b] @ k[b].T                  # how well each query matches each key
        scores[~mask[b]] = -np.inf
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        weights[b] = e / e.sum(axis=1, keepdims=True)
        out[b] = weights[b] @ v[b]
    return out, weights
