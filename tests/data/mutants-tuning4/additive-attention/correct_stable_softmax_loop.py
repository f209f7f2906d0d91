import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    S, B, He = h.shape
    context = np.zeros((B, He))
    weights = np.zeros((B, S))
    for b in range(B):
        q = W_q @ s[b]
        e = np.array([v @ np.tanh(q + W_k @ h[j, b]) for j in range(S)])
        e = np.exp(e - np.logaddexp.reduce(e))
        weights[b] = e
        context[b] = e @ h[:, b, :]
    return context, weights
