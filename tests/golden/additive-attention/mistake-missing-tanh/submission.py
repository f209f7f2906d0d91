import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    q = s @ W_q.T                     # (B, A)
    k = np.einsum("sbh,ah->sba", h, W_k)   # (S, B, A)
    e = np.einsum("sba,a->bs", q[None, :, :] + k, v)   # score of every source word
    e = e - e.max(axis=1, keepdims=True)
    w = np.exp(e) / np.exp(e).sum(axis=1, keepdims=True)
    context = np.einsum("bs,sbh->bh", w, h)
    return context, w
