"""Drill `lstm-seq`, PyTorch track: a one-layer LSTM over a sequence."""

import torch


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """Return the flat triple (outputs, h_n, c_n).

    (torch.nn.LSTM returns the nested (output, (h_n, c_n)); here it is flat.)

        (h, c) = (h0, c0);  for t = 0 .. T-1:
            [i | f | g | o] = x[t] W_ih^T + b_ih + h W_hh^T + b_hh
                              # (B, 4H): four blocks of width H
            c = σ(f) * c + σ(i) * tanh(g)
            h = σ(o) * tanh(c) ;  outputs[t] = h
        h_n, c_n = h, c

    Blocks along axis 0 of W_ih, W_hh, b_ih, b_hh in torch's order i, f, g, o.
    Keep it differentiable: collect the steps and torch.stack them
    (no torch.nn.LSTM).

    Args:
        x:      (T, B, D) float64 tensor, time-major.
        h0, c0: (B, H) initial hidden and cell states.
        W_ih:   (4H, D);  W_hh: (4H, H);  b_ih, b_hh: (4H,).

    Returns:
        (outputs, h_n, c_n): outputs (T, B, H) in time order; h_n, c_n (B, H).
    """
    raise NotImplementedError("implement lstm_seq")
