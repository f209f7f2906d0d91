import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    S, B, _ = h.shape
    scores = np.zeros((B, S))
    for j in range(S):
        scores[:, j] = np.tanh((s @ W_q.T + h[j] @ W_k.T) @ v)     # tanh applied after v
    w = np.exp(scores - scores.max(axis=1, keepdims=True))
    w = w / w.sum(axis=1, keepdims=True)
    ctx = sum(w[:, j:j + 1] * h[j] for j in range(S))
    return ctx, w
