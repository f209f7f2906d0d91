import numpy as np


def attention(q, k, v, mask):
    d = q.shape[-1]
    s = np.matmul(q, np.swapaxes(k, -1, -2)) / d        # d instead of sqrt(d)
    s = np.where(mask, s, -np.inf)
    s = s - s.max(axis=-1, keepdims=True)
    w = np.exp(s) / np.exp(s).sum(axis=-1, keepdims=True)
    return w @ v, w
