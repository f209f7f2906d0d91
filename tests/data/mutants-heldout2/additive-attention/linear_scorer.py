import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    S = h.shape[0]
    q = s @ W_q.T                                   # (B, A)
    e = np.stack([(q + h[j] @ W_k.T) @ v for j in range(S)], axis=1)   # (B, S)
    e = e - e.max(axis=1, keepdims=True)
    alpha = np.exp(e) / np.exp(e).sum(axis=1, keepdims=True)
    ctx = (alpha.T[:, :, None] * h).sum(axis=0)
    return ctx, alpha
