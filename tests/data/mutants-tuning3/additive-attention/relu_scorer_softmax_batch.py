import numpy as np

def additive_attention(s, h, W_q, W_k, v):
    hid = np.maximum(0, (s @ W_q.T)[None, :, :] + h @ W_k.T)
    scores = (hid @ v).T
    e = np.exp(scores - scores.max(axis=0, keepdims=True))
    weights = e / e.sum(axis=0, keepdims=True)
    return np.einsum("bs,sbh->bh", weights, h), weights
