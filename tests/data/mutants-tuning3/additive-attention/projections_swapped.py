import numpy as np

def additive_attention(s, h, W_q, W_k, v):
    q = s @ W_k.T
    k = h @ W_q.T
    e = np.tanh(q[None] + k) @ v
    e = e.T
    w = np.exp(e - e.max(axis=1, keepdims=True))
    w = w / w.sum(axis=1, keepdims=True)
    return np.einsum("bs,sbh->bh", w, h), w
