import numpy as np


def attention(q, k, v, mask):
    scores = np.matmul(q, np.swapaxes(k, 1, 2)) / np.sqrt(k.shape[-1])   # (B, Tq, Tk)
    scores = np.where(mask, scores, -1e30)
    scores = scores - scores.max(axis=1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=1, keepdims=True)
    return np.matmul(weights, v), weights
