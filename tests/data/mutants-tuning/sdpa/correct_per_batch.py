import math

import numpy as np


def attention(q, k, v, mask):
    B, Tq, D = q.shape
    out = np.zeros((B, Tq, v.shape[-1]))
    weights = np.zeros((B, Tq, k.shape[1]))
    for b in range(B):
        sc = q[b] @ k[b].T / math.sqrt(D)
        sc[~mask[b]] = -np.inf
        sc = sc - sc.max(axis=1, keepdims=True)
        p = np.exp(sc)
        weights[b] = p / p.sum(axis=1, keepdims=True)
        out[b] = weights[b] @ v[b]
    return out, weights
