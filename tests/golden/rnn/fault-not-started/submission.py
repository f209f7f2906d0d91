"""Drill `rnn` (NumPy track): one step of a vanilla RNN cell, torch.nn.RNNCell layout."""

import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    """Return the next hidden state h.

        h = tanh(x W_ih^T + b_ih + h_prev W_hh^T + b_hh)

    Args:
        x:      (B, D) float64, this step's inputs, one sample per row.
        h_prev: (B, H) float64, the previous hidden state.
        W_ih:   (H, D) input-to-hidden weight, stored (out, in) like PyTorch.
        W_hh:   (H, H) hidden-to-hidden weight, stored (out, in).
        b_ih:   (H,) input bias.   b_hh: (H,) hidden bias.

    Returns:
        h: (B, H) float64.
    """
    raise NotImplementedError("implement rnn_cell")
