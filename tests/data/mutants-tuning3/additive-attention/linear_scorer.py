import numpy as np

def additive_attention(s, h, W_q, W_k, v):
    S = h.shape[0]
    scores = np.stack([(s @ W_q.T + h[j] @ W_k.T) @ v for j in range(S)], axis=1)
    p = np.exp(scores - scores.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    ctx = sum(p[:, j:j + 1] * h[j] for j in range(S))
    return ctx, p
