"""Reference for drill `birnn`: a bidirectional vanilla (tanh) RNN layer plus its output layer, NumPy."""

from __future__ import annotations

import numpy as np


def _run(x_proj, h, W_hh, b_hh, order):
    # One direction of the recurrence. The input projection x W_ih^T + b_ih was hoisted out of the
    # loop (it does not depend on h); only h W_hh^T + b_hh must be computed step by step.
    # outs[t] is the state *at time t*, whatever the order the steps were visited in.
    outs = np.empty(x_proj.shape[:2] + (W_hh.shape[0],), dtype=np.result_type(x_proj, h))
    for t in order:
        h = np.tanh(x_proj[t] + h @ W_hh.T + b_hh)
        outs[t] = h
    return outs, h


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    """Run a bidirectional tanh RNN over x (T, B, D); return (outputs, h_n, y)."""
    T = x.shape[0]
    # Forward direction: t = 0, 1, ..., T-1, starting from h0[0], with its own weights.
    fwd, h_fwd = _run(x @ W_ih.T + b_ih, h0[0], W_hh, b_hh, range(T))
    # Backward direction: t = T-1, ..., 0, starting from h0[1], with the *_rev weights.
    # Its state at time t has read x[t], x[t+1], ..., x[T-1]; it is stored at index t, so that
    # outputs[t] pairs the two directions' views of the same position.
    bwd, h_bwd = _run(x @ W_ih_rev.T + b_ih_rev, h0[1], W_hh_rev, b_hh_rev, range(T - 1, -1, -1))
    # Per step [→a^t, ←a^t]: forward half first, as torch.nn.RNN(bidirectional=True) lays it out.
    outputs = np.concatenate([fwd, bwd], axis=-1)  # (T, B, 2H)
    # Final states in torch's order: forward (after x[T-1]), then backward (after x[0]).
    h_n = np.stack([h_fwd, h_bwd])  # (2, B, H)
    # Output layer of the slide, y^t = f(W_y [→a^t, ←a^t] + b_y), with f = identity.
    y = outputs @ W_y.T + b_y  # (T, B, O)
    return outputs, h_n, y
