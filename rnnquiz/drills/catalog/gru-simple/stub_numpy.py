"""Drill `gru-simple`, NumPy track: the slide's simplified GRU."""

import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    """Return the new state a.

        ax = [a_prev, x]      # concatenate along the feature axis: (B, H+D)
        c~ = tanh(ax W_c^T + b_c)
        Γu = σ(ax W_u^T + b_u)
        a  = Γu * c~ + (1 - Γu) * a_prev

    Args:
        x:      (B, D) float64 inputs, one sample per row.
        a_prev: (B, H) float64 previous state.
        W_c:    (H, H + D) candidate weight; its first H columns act on
                a_prev.   b_c: (H,).
        W_u:    (H, H + D) update-gate weight, same column order.
                b_u: (H,).

    Returns:
        a: (B, H) float64.
    """
    raise NotImplementedError("implement gru_simple_cell")
