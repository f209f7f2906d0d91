"""Reference for drill `sdpa`: scaled dot-product attention with a boolean mask (NumPy, float64).

Attention(Q, K, V) = softmax(Q Kᵀ / sqrt(d_k)) V  (Vaswani et al., 2017). Every query takes a
weighted average of the values; the weights say how well the query matches each key. The mask
follows PyTorch's bool attn_mask: True = may attend.
"""

import numpy as np


def attention(q, k, v, mask):
    """Return (out (B, Tq, Dv), weights (B, Tq, Tk))."""
    # Dot products of Dk-dimensional vectors have variance ~Dk; dividing by sqrt(Dk) keeps the
    # softmax out of saturation.
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(q.shape[-1])  # (B, Tq, Tk)
    # Blocked keys get -inf, i.e. weight exp(-inf) = 0. Every row has at least one allowed key,
    # so the row maximum below is finite.
    scores = np.where(mask, scores, -np.inf)
    # Softmax over the keys (last axis): each query spends one unit of attention.
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = e / e.sum(axis=-1, keepdims=True)
    return weights @ v, weights
