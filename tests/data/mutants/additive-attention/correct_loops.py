import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    S, B, He = h.shape
    weights = np.zeros((B, S))
    context = np.zeros((B, He))
    for b in range(B):
        e = np.array([v @ np.tanh(W_q @ s[b] + W_k @ h[j, b]) for j in range(S)])
        a = np.exp(e - e.max())
        a /= a.sum()
        weights[b] = a
        context[b] = a @ h[:, b]
    return context, weights
