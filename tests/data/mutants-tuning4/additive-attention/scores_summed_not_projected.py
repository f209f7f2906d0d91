import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    S, B, _ = h.shape
    scores = np.zeros((B, S))
    q = s @ W_q.T
    for j in range(S):
        hidden = np.tanh(q + h[j] @ W_k.T)       # (B, A)
        scores[:, j] = hidden.sum(axis=1)
    scores -= scores.max(axis=1, keepdims=True)
    w = np.exp(scores)
    w /= w.sum(axis=1, keepdims=True)
    ctx = (w.T[:, :, None] * h).sum(axis=0)
    return ctx, w
