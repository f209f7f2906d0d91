"""Reference for drill `rnn`, PyTorch track: one RNN step, differentiable, plus torch.nn.RNNCell."""

import torch


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    """Return h = tanh(x W_ihᵀ + b_ih + h_prev W_hhᵀ + b_hh), shape (B, H).

    x (B, D), h_prev (B, H), W_ih (H, D), W_hh (H, H), b_ih and b_hh (H,).
    """
    # Plain tensor ops, so autograd differentiates through every argument.
    return torch.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)


def torch_nn_equivalent(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    """Return the same h computed by torch.nn.RNNCell with the given weights copied in."""
    x, h_prev, W_ih, W_hh, b_ih, b_hh = (
        torch.as_tensor(a, dtype=torch.float64) for a in (x, h_prev, W_ih, W_hh, b_ih, b_hh))
    H, D = W_ih.shape
    cell = torch.nn.RNNCell(D, H, bias=True, nonlinearity="tanh").to(torch.float64)
    with torch.no_grad():
        cell.weight_ih.copy_(W_ih)
        cell.weight_hh.copy_(W_hh)
        cell.bias_ih.copy_(b_ih)
        cell.bias_hh.copy_(b_hh)
    return cell(x, h_prev)
