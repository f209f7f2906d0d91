import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    e = np.tanh((s @ W_q.T)[None, :, :] + h @ W_k.T) @ v     # (S, B)
    a = np.exp(e - e.max(axis=1, keepdims=True))
    a = a / a.sum(axis=1, keepdims=True)                      # normalised over B
    weights = a.T
    context = (weights.T[:, :, None] * h).sum(axis=0)
    return context, weights
