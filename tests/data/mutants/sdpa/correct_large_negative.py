import numpy as np


def attention(q, k, v, mask):
    out = np.zeros(q.shape[:2] + v.shape[2:])
    weights = np.zeros(mask.shape)
    for b in range(q.shape[0]):
        s = q[b] @ k[b].T / np.sqrt(q.shape[-1])
        s = np.where(mask[b], s, -1e9)
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        weights[b] = p
        out[b] = p @ v[b]
    return out, weights
