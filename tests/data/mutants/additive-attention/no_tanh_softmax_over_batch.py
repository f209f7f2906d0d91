import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    scores = ((s @ W_q.T)[None] + h @ W_k.T) @ v       # (S, B), no tanh
    scores = scores.T
    e = np.exp(scores - scores.max(axis=0, keepdims=True))
    weights = e / e.sum(axis=0, keepdims=True)          # normalised over the batch
    return np.einsum("bs,sbh->bh", weights, h), weights
