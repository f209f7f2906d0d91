"""Drill `rnn-seq`, PyTorch track: a one-layer tanh RNN over a sequence."""

import torch


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Return (outputs, h_n), like torch.nn.RNN with batch_first=False.

        h_(-1) = h0
        h_t = tanh(x[t] W_ih^T + b_ih + h_(t-1) W_hh^T + b_hh),  t = 0..T-1
        outputs[t] = h_t ;  h_n = h_(T-1)

    Keep it differentiable: collect the steps in a list and torch.stack
    them (no torch.nn.RNN).

    Args:
        x:    (T, B, D) float64 tensor, time-major.   h0: (B, H).
        W_ih: (H, D);  W_hh: (H, H);  b_ih, b_hh: (H,).

    Returns:
        (outputs, h_n): outputs (T, B, H) in time order, h_n (B, H).
    """
    raise NotImplementedError("implement rnn_seq")
