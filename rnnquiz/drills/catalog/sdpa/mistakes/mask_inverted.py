"""Mistake `mask-inverted`: True read as blocked (a finite fill, so an all-blocked row stays finite)."""

import numpy as np


def attention(q, k, v, mask):
    s = q @ k.transpose(0, 2, 1) / np.sqrt(q.shape[-1])
    s = np.where(mask, -1e9, s)  # True means "may attend"
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    return w @ v, w
