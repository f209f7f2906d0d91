import numpy as np


def attention(q, k, v, mask):
    s = np.matmul(q, np.swapaxes(k, -1, -2))
    s = np.where(mask, s, -np.inf)
    s = s - np.max(s, axis=-1, keepdims=True)
    p = np.exp(s)
    p /= np.sum(p, axis=-1, keepdims=True)
    return p @ v, p
