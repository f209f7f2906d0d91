import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    S = h.shape[0]
    q = s @ W_q.T
    scores = np.stack([(1 / (1 + np.exp(-(q + h[j] @ W_k.T)))) @ v for j in range(S)], axis=1)
    scores -= scores.max(axis=1, keepdims=True)
    w = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    return np.einsum("bs,sbh->bh", w, h), w
