import numpy as np


def attention(q, k, v, mask):
    s = q @ np.transpose(k, (0, 2, 1)) / np.sqrt(q.shape[2])
    p = np.exp(s - s.max(axis=-1, keepdims=True))
    p = p / p.sum(axis=-1, keepdims=True)
    # masking after the softmax is fine as long as the rows are normalised again
    p = p * mask
    p = p / p.sum(axis=-1, keepdims=True)
    return p @ v, p
