"""Reference for drill `many-to-one`: an RNN sequence classifier (sentiment-style), PyTorch."""

from __future__ import annotations

import torch


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    """Read x (T, B, D) with a tanh RNN and classify each sequence from its last state; return probs (B, C)."""
    x_proj = x @ W_ih.T + b_ih  # (T, B, H)
    h = h0
    for t in range(x.shape[0]):
        h = torch.tanh(x_proj[t] + h @ W_hh.T + b_hh)
    logits = h @ W_out.T + b_out  # only the last state is classified
    return torch.softmax(logits, dim=-1)  # over classes, per sequence (stabilised internally)


def torch_nn_equivalent(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    """Compute the same with torch.nn.RNN + torch.nn.Linear + softmax over classes."""
    from torch.func import functional_call

    D, H, C = x.shape[-1], W_hh.shape[0], W_out.shape[0]
    rnn = torch.nn.RNN(D, H, nonlinearity="tanh", dtype=x.dtype)
    linear = torch.nn.Linear(H, C, dtype=x.dtype)
    params = {"weight_ih_l0": W_ih, "weight_hh_l0": W_hh, "bias_ih_l0": b_ih, "bias_hh_l0": b_hh}
    _, h_n = functional_call(rnn, params, (x, h0.unsqueeze(0)))
    logits = functional_call(linear, {"weight": W_out, "bias": b_out}, (h_n[0],))
    return torch.nn.functional.softmax(logits, dim=-1)
