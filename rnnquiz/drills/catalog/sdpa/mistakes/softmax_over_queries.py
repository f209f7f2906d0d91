"""Mistake `softmax-over-queries`: softmax normalised along axis -2 (queries)."""

import numpy as np


def attention(q, k, v, mask):
    s = q @ k.transpose(0, 2, 1) / np.sqrt(q.shape[-1])
    s = np.where(mask, s, -1e9)
    e = np.exp(s - s.max(axis=-2, keepdims=True))
    w = e / e.sum(axis=-2, keepdims=True)  # should be axis=-1
    return w @ v, w
