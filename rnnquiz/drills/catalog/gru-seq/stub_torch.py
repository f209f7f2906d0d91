"""Drill `gru-seq`, PyTorch track: a one-layer GRU over a sequence."""

import torch


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Return (outputs, h_n), like torch.nn.GRU with batch_first=False.

        h = h0;  for t = 0 .. T-1:
            r = σ(x[t] W_ir^T + b_ir + h W_hr^T + b_hr)
            z = σ(x[t] W_iz^T + b_iz + h W_hz^T + b_hz)
            n = tanh(x[t] W_in^T + b_in + r * (h W_hn^T + b_hn))
            h = (1 - z) * n + z * h ;  outputs[t] = h
        h_n = h

    Blocks along axis 0 of W_ih, W_hh, b_ih, b_hh in the order r, z, n.
    Keep it differentiable: collect the steps and torch.stack them.

    Args:
        x:    (T, B, D) float64 tensor, time-major.   h0: (B, H).
        W_ih: (3H, D);  W_hh: (3H, H);  b_ih, b_hh: (3H,).

    Returns:
        (outputs, h_n): outputs (T, B, H) in time order, h_n (B, H).
    """
    raise NotImplementedError("implement gru_seq")
