import numpy as np


def attention(q, k, v, mask):
    scores = np.einsum("bqd,bkd->bqk", q, k) / np.sqrt(q.shape[2])
    scores = scores * mask          # blocked keys get 0, not -inf
    e = np.exp(scores - scores.max(axis=2, keepdims=True))
    weights = e / e.sum(axis=2, keepdims=True)
    return np.einsum("bqk,bkv->bqv", weights, v), weights
