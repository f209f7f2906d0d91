"""Drill `gru`, NumPy track: one GRU step exactly as torch.nn.GRUCell."""

import numpy as np


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    """Return the next hidden state h.

        r  = σ(x W_ir^T + b_ir + h W_hr^T + b_hr)
        z  = σ(x W_iz^T + b_iz + h W_hz^T + b_hz)
        n  = tanh(x W_in^T + b_in + r * (h W_hn^T + b_hn))
        h' = (1 - z) * n + z * h

    Blocks along axis 0 of every weight and bias, in this order: r, z, n
    (W_ir = W_ih[0:H], W_iz = W_ih[H:2H], W_in = W_ih[2H:3H], and so on).

    Args:
        x:      (B, D) float64 inputs, one sample per row.
        h_prev: (B, H) float64 previous hidden state.
        W_ih:   (3H, D);  W_hh: (3H, H);  b_ih, b_hh: (3H,).

    Returns:
        h: (B, H) float64.
    """
    raise NotImplementedError("implement gru_cell")
