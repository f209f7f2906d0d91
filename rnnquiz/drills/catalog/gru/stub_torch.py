"""Drill `gru`, PyTorch track: one GRU step exactly as torch.nn.GRUCell."""

import torch


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    """Return the next hidden state h (differentiable ops, no nn.GRUCell).

        r  = σ(x W_ir^T + b_ir + h W_hr^T + b_hr)
        z  = σ(x W_iz^T + b_iz + h W_hz^T + b_hz)
        n  = tanh(x W_in^T + b_in + r * (h W_hn^T + b_hn))
        h' = (1 - z) * n + z * h

    Blocks along axis 0 of every weight and bias, in this order: r, z, n.

    Args:
        x:      (B, D) float64 tensor.   h_prev: (B, H) float64 tensor.
        W_ih:   (3H, D);  W_hh: (3H, H);  b_ih, b_hh: (3H,).

    Returns:
        h: (B, H) float64 tensor.
    """
    raise NotImplementedError("implement gru_cell")
