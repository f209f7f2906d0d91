"""Reference for drill `rnn-generate`: greedy one-to-many generation from an RNN language model, PyTorch."""

from __future__ import annotations

import torch


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    """Generate `steps` tokens greedily from start tokens (B,); return tokens (steps, B) int64."""
    token, h = start, h0
    tokens = []
    for _ in range(steps):
        x = E[token]  # embedding lookup (B, D)
        h = torch.tanh(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)  # carry h across steps
        token = (h @ W_out.T + b_out).argmax(dim=-1)  # greedy: feed the prediction back in
        tokens.append(token)
    if not tokens:
        return torch.empty((0, start.shape[0]), dtype=torch.int64)
    return torch.stack(tokens)  # (steps, B), int64


def torch_nn_equivalent(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    """Compute the same with torch.nn.Embedding + torch.nn.RNNCell + torch.nn.Linear in a loop."""
    from torch.func import functional_call

    (V, D), H = E.shape, W_hh.shape[0]
    embed = torch.nn.Embedding(V, D, dtype=E.dtype)
    cell = torch.nn.RNNCell(D, H, nonlinearity="tanh", dtype=E.dtype)
    head = torch.nn.Linear(H, V, dtype=E.dtype)
    cell_params = {"weight_ih": W_ih, "weight_hh": W_hh, "bias_ih": b_ih, "bias_hh": b_hh}
    token, h = start, h0
    tokens = []
    for _ in range(steps):
        x = functional_call(embed, {"weight": E}, (token,))
        h = functional_call(cell, cell_params, (x, h))
        token = functional_call(head, {"weight": W_out, "bias": b_out}, (h,)).argmax(dim=-1)
        tokens.append(token)
    return torch.stack(tokens)
