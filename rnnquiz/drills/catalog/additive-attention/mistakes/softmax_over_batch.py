"""Mistake `softmax-over-batch`: scores (B, S) normalised along axis 0."""

import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    e = (np.tanh((s @ W_q.T)[None] + h @ W_k.T) @ v).T   # (B, S)
    x = np.exp(e - e.max(axis=0, keepdims=True))
    w = x / x.sum(axis=0, keepdims=True)                  # should be axis=1
    context = np.einsum("bs,sbh->bh", w, h)
    return context, w
