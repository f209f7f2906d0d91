"""Drill `sdpa` (NumPy track): scaled dot-product attention with a boolean mask."""

import numpy as np


def attention(q, k, v, mask):
    """Return (out, weights) as torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask).

    Args:
        q:    (B, Tq, Dk) float64 queries.
        k:    (B, Tk, Dk) float64 keys.
        v:    (B, Tk, Dv) float64 values.
        mask: (B, Tq, Tk) bool, True = query may attend to that key (at least one True per row).

    Equations:
        scores  = q @ kᵀ / sqrt(Dk)                   # (B, Tq, Tk); kᵀ swaps k's last two axes
        scores  = -inf where mask is False
        weights = softmax(scores, over the last axis)  # each row sums to 1
        out     = weights @ v                          # (B, Tq, Dv)

    Returns:
        (out, weights): (B, Tq, Dv) and (B, Tq, Tk) float64 arrays.
    """
    raise NotImplementedError("attention: implement the masked scaled dot-product attention described in the docstring")
