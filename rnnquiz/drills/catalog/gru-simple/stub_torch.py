"""Drill `gru-simple`, PyTorch track: the slide's simplified GRU."""

import torch


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    """Return the new state a (differentiable tensor ops).

        ax = [a_prev, x]      # torch.cat along dim 1: (B, H + D)
        c~ = tanh(ax W_c^T + b_c)
        Γu = σ(ax W_u^T + b_u)
        a  = Γu * c~ + (1 - Γu) * a_prev

    Args:
        x:      (B, D) float64 tensor.   a_prev: (B, H) float64 tensor.
        W_c:    (H, H + D), first H columns act on a_prev.   b_c: (H,).
        W_u:    (H, H + D), same column order.               b_u: (H,).

    Returns:
        a: (B, H) float64 tensor.
    """
    raise NotImplementedError("implement gru_simple_cell")
