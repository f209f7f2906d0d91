import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    S, B, He = h.shape
    weights = np.zeros((B, S))
    context = np.zeros((B, He))
    for b in range(B):
        q = W_q @ s[b]                              # (A,)
        e = np.array([v @ np.tanh(q + W_k @ h[j, b]) for j in range(S)])
        a = np.exp(e - e.max())
        a = a / a.sum()
        weights[b] = a
        for j in range(S):
            context[b] += a[j] * h[j, b]
    return context, weights
