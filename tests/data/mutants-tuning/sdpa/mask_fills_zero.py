import numpy as np


def attention(q, k, v, mask):
    d = q.shape[-1]
    scores = np.einsum("bqd,bkd->bqk", q, k) / np.sqrt(d)
    scores = scores * mask                     # blocked keys get score 0
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    return w @ v, w
