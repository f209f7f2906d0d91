import numpy as np

def attention(q, k, v, mask):
    scores = np.einsum("bqd,bkd->bqk", q, k)
    scores -= scores.max(axis=-1, keepdims=True)
    p = np.exp(scores)
    p /= p.sum(axis=-1, keepdims=True)
    return np.einsum("bqk,bkd->bqd", p, v), p
