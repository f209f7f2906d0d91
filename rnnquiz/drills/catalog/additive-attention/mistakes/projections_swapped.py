"""Mistake `projections-swapped`: W_k on the decoder state, W_q on the encoder states."""

import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    e = (np.tanh((s @ W_k.T)[None] + h @ W_q.T) @ v).T   # fails unless Hd == He
    x = np.exp(e - e.max(axis=1, keepdims=True))
    w = x / x.sum(axis=1, keepdims=True)
    context = np.einsum("bs,sbh->bh", w, h)
    return context, w
