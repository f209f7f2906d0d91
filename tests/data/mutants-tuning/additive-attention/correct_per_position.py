import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    S, B, _ = h.shape
    q = s @ W_q.T
    scores = np.zeros((B, S))
    for j in range(S):
        scores[:, j] = np.tanh(q + h[j] @ W_k.T) @ v
    w = np.exp(scores)
    w = w / w.sum(axis=1, keepdims=True)
    ctx = np.zeros((B, h.shape[2]))
    for j in range(S):
        ctx += w[:, j:j + 1] * h[j]
    return ctx, w
