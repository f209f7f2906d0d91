import numpy as np


def softmax(a, axis=-1):
    e = np.exp(a - a.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def attention(q, k, v, mask):
    w = softmax(q @ k.transpose(0, 2, 1) / np.sqrt(k.shape[-1]))
    w = np.where(mask, w, 0.0)      # masked after the softmax
    return w @ v, w
