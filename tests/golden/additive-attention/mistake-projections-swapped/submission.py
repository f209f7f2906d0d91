import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    S, B, He = h.shape
    keys = np.stack([h[j] @ W_q.T for j in range(S)])   # project the encoder states
    query = s @ W_k.T                                   # project the decoder state
    e = np.tanh(keys + query) @ v                       # (S, B)
    e = e.T
    w = np.exp(e - e.max(axis=1, keepdims=True))
    w = w / w.sum(axis=1, keepdims=True)
    context = np.einsum("bs,sbh->bh", w, h)
    return context, w
