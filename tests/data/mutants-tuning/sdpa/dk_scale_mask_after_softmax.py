import numpy as np


def attention(q, k, v, mask):
    scores = q @ k.transpose(0, 2, 1) / q.shape[-1]
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    w = w * mask                               # masked after the softmax, not renormalised
    return w @ v, w
