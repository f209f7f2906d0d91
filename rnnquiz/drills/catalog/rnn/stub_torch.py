"""Drill `rnn`, PyTorch track: one step of a vanilla (Elman) RNN cell."""

import torch


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    """Return the next hidden state h.

        h = tanh(x W_ih^T + b_ih + h_prev W_hh^T + b_hh)

    Use differentiable tensor ops (no .numpy(), no in-place changes to the
    inputs), and write the arithmetic yourself rather than torch.nn.RNNCell.

    Args:
        x:      (B, D) float64 tensor, this step's inputs, one per row.
        h_prev: (B, H) float64 tensor, the previous hidden state.
        W_ih:   (H, D) input-to-hidden weight, stored (out, in).
        W_hh:   (H, H) hidden-to-hidden weight, stored (out, in).
        b_ih:   (H,) input bias.   b_hh: (H,) hidden bias.

    Returns:
        h: (B, H) float64 tensor.
    """
    raise NotImplementedError("implement rnn_cell")
