"""Drill `sdpa` (PyTorch track): scaled dot-product attention with a boolean mask."""

import torch


def attention(q, k, v, mask):
    """Return (out, weights) (differentiable tensor ops; do not call F.scaled_dot_product_attention).

    Gradients w.r.t. q, k and v are checked.

    Args:
        q:    (B, Tq, Dk) float64 tensor of queries.
        k:    (B, Tk, Dk) float64 tensor of keys.
        v:    (B, Tk, Dv) float64 tensor of values.
        mask: (B, Tq, Tk) bool tensor, True = query may attend to that key (at least one True per row).

    Equations:
        scores  = q @ kᵀ / sqrt(Dk)                   # (B, Tq, Tk); kᵀ = k.transpose(-2, -1)
        scores  = -inf where mask is False            # masked_fill(~mask, float("-inf"))
        weights = softmax(scores, dim=-1)             # each row sums to 1
        out     = weights @ v                         # (B, Tq, Dv)

    Returns:
        (out, weights): (B, Tq, Dv) and (B, Tq, Tk) float64 tensors.
    """
    raise NotImplementedError("attention: implement the masked scaled dot-product attention described in the docstring")
