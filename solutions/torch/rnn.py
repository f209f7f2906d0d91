"""Reference for drill `rnn`, PyTorch track: one RNN step, differentiable, plus torch.nn.RNNCell."""

import torch
from torch.func import functional_call


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    """Return h = tanh(x W_ihᵀ + b_ih + h_prev W_hhᵀ + b_hh), shape (B, H).

    x (B, D), h_prev (B, H), W_ih (H, D), W_hh (H, H), b_ih and b_hh (H,).
    """
    # Plain tensor ops, so autograd differentiates through every argument.
    return torch.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)


def torch_nn_equivalent(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    """Return the same h computed by torch.nn.RNNCell with the given weights.

    The module is built on the meta device (no random init, no global RNG use) and run with
    torch.func.functional_call, which substitutes the given tensors for its parameters, so
    gradients flow back to every argument, weights included.
    """
    x, h_prev, W_ih, W_hh, b_ih, b_hh = (
        torch.as_tensor(a, dtype=torch.float64) for a in (x, h_prev, W_ih, W_hh, b_ih, b_hh))
    D = W_ih.shape[1]
    H = W_hh.shape[1]
    module = torch.nn.RNNCell(D, H, nonlinearity="tanh", device="meta", dtype=torch.float64)
    params = {"weight_ih": W_ih, "weight_hh": W_hh, "bias_ih": b_ih, "bias_hh": b_hh}
    return functional_call(module, params, (x, h_prev))
