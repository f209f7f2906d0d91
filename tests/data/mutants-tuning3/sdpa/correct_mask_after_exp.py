import numpy as np

def attention(q, k, v, mask):
    s = q @ k.transpose(0, 2, 1) / np.sqrt(q.shape[-1])
    m = np.where(mask, s, -np.inf).max(axis=-1, keepdims=True)
    e = np.where(mask, np.exp(np.where(mask, s, m) - m), 0.0)
    w = e / e.sum(axis=-1, keepdims=True)
    return w @ v, w
