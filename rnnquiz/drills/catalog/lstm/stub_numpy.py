"""Drill `lstm`, NumPy track: one LSTM step exactly as torch.nn.LSTMCell."""

import numpy as np


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    """Return the pair (h, c), in that order.

        [i | f | g | o] = x W_ih^T + b_ih + h_prev W_hh^T + b_hh
                          # (B, 4H): four blocks of width H
        i, f, o = σ(i), σ(f), σ(o) ;  g = tanh(g)
        c = f * c_prev + i * g
        h = o * tanh(c)

    Blocks along axis 0 of every weight and bias, in torch's order:
    i, f, g, o.

    Args:
        x:      (B, D) float64 inputs, one sample per row.
        h_prev: (B, H) previous hidden state.
        c_prev: (B, H) previous cell state.
        W_ih:   (4H, D);  W_hh: (4H, H);  b_ih, b_hh: (4H,).

    Returns:
        (h, c): two (B, H) float64 arrays.
    """
    raise NotImplementedError("implement lstm_cell")
