"""Drill `rnn-seq`, NumPy track: a one-layer tanh RNN over a sequence."""

import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Return (outputs, h_n), like torch.nn.RNN with batch_first=False.

        h_(-1) = h0
        h_t = tanh(x[t] W_ih^T + b_ih + h_(t-1) W_hh^T + b_hh),  t = 0..T-1
        outputs[t] = h_t ;  h_n = h_(T-1)

    Args:
        x:    (T, B, D) float64, time-major: x[t] is the batch at step t.
        h0:   (B, H) initial hidden state.
        W_ih: (H, D);  W_hh: (H, H);  b_ih, b_hh: (H,)
              (torch.nn.RNN's weight_ih_l0, weight_hh_l0, ...).

    Returns:
        (outputs, h_n): outputs (T, B, H) in time order, h_n (B, H).
    """
    raise NotImplementedError("implement rnn_seq")
