"""Reference for drill `birnn`: a bidirectional vanilla (tanh) RNN layer plus its output layer, PyTorch."""

from __future__ import annotations

import torch


def _run(x_proj, h, W_hh, b_hh, order):
    # One direction; the input projection is hoisted out of the loop. States are collected in a
    # list indexed by time (not by visiting order) and stacked, which keeps autograd happy.
    outs = [None] * x_proj.shape[0]
    for t in order:
        h = torch.tanh(x_proj[t] + h @ W_hh.T + b_hh)
        outs[t] = h
    return torch.stack(outs), h


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    """Run a bidirectional tanh RNN over x (T, B, D); return (outputs, h_n, y)."""
    T = x.shape[0]
    # Forward direction reads x[0..T-1] from h0[0]; backward reads x[T-1..0] from h0[1] with its
    # own weights, and its state at time t (having read x[t..T-1]) is stored at index t.
    fwd, h_fwd = _run(x @ W_ih.T + b_ih, h0[0], W_hh, b_hh, range(T))
    bwd, h_bwd = _run(x @ W_ih_rev.T + b_ih_rev, h0[1], W_hh_rev, b_hh_rev, range(T - 1, -1, -1))
    outputs = torch.cat([fwd, bwd], dim=-1)  # (T, B, 2H): [→a^t, ←a^t]
    h_n = torch.stack([h_fwd, h_bwd])  # (2, B, H): forward final, backward final (after x[0])
    y = outputs @ W_y.T + b_y  # y^t = W_y [→a^t, ←a^t] + b_y  (f = identity)
    return outputs, h_n, y


def torch_nn_equivalent(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    """Compute the same with torch.nn.RNN(bidirectional=True) and torch.nn.Linear."""
    from torch.func import functional_call

    D, H, O = x.shape[-1], W_hh.shape[0], W_y.shape[0]
    rnn = torch.nn.RNN(D, H, nonlinearity="tanh", bidirectional=True, dtype=x.dtype)
    linear = torch.nn.Linear(2 * H, O, dtype=x.dtype)
    params = {
        "weight_ih_l0": W_ih, "weight_hh_l0": W_hh, "bias_ih_l0": b_ih, "bias_hh_l0": b_hh,
        "weight_ih_l0_reverse": W_ih_rev, "weight_hh_l0_reverse": W_hh_rev,
        "bias_ih_l0_reverse": b_ih_rev, "bias_hh_l0_reverse": b_hh_rev,
    }
    outputs, h_n = functional_call(rnn, params, (x, h0))
    y = functional_call(linear, {"weight": W_y, "bias": b_y}, (outputs,))
    return outputs, h_n, y
