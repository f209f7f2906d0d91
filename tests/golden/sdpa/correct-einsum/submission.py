import math

import numpy as np


def softmax(x, axis):
    x = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(x)
    return e / np.sum(e, axis=axis, keepdims=True)


def attention(q, k, v, mask):
    d_k = q.shape[2]
    scores = np.einsum("bqd,bkd->bqk", q, k) / math.sqrt(d_k)
    scores = np.where(mask, scores, -np.inf)
    weights = softmax(scores, axis=2)
    out = np.einsum("bqk,bkv->bqv", weights, v)
    return out, weights
