import numpy as np


def softmax(z, axis=-1):
    z = z - z.max(axis=axis, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=axis, keepdims=True)


def attention(q, k, v, mask):
    scores = np.einsum("bqd,bkd->bqk", q, k)
    probs = softmax(scores)
    probs = np.where(mask, probs, 0.0)
    return probs @ v, probs
