import numpy as np


def attention(q, k, v, mask):
    scores = np.einsum("bqd,bkd->bqk", q, k) / np.sqrt(k.shape[-1])
    scores[~mask] = -np.inf
    m = scores.max(axis=1, keepdims=True)
    w = np.exp(scores - m)
    w /= w.sum(axis=1, keepdims=True)
    return np.einsum("bqk,bkv->bqv", w, v), w
