"""Reference for drill `birnn`: a bidirectional vanilla (tanh) RNN layer plus its output layer, NumPy."""

from __future__ import annotations

import numpy as np


def _rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # One step of the `rnn` drill: h' = tanh(x W_ihᵀ + b_ih + h W_hhᵀ + b_hh).
    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)


def _run(x, h, W_ih, W_hh, b_ih, b_hh, order):
    # One direction of the recurrence, visiting the steps in `order`.
    # outs[t] is the state *at time t*, whatever the order the steps were visited in.
    outs = np.empty(x.shape[:2] + (W_hh.shape[0],), dtype=np.result_type(x, h))
    for t in order:
        h = _rnn_cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        outs[t] = h
    return outs, h


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    """Run a bidirectional tanh RNN over x (T, B, D); return (outputs, h_n, y)."""
    T = x.shape[0]
    # Forward direction: t = 0, 1, ..., T-1, starting from h0[0], with its own weights.
    fwd, h_fwd = _run(x, h0[0], W_ih, W_hh, b_ih, b_hh, range(T))
    # Backward direction: t = T-1, ..., 0, starting from h0[1], with the *_rev weights.
    # Its state at time t has read x[t], x[t+1], ..., x[T-1]; it is stored at index t, so that
    # outputs[t] pairs the two directions' views of the same position.
    bwd, h_bwd = _run(x, h0[1], W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, range(T - 1, -1, -1))
    # Per step [→a^t, ←a^t]: forward half first, as torch.nn.RNN(bidirectional=True) lays it out.
    outputs = np.concatenate([fwd, bwd], axis=-1)  # (T, B, 2H)
    # Final states in torch's order: forward (after x[T-1]), then backward (after x[0]).
    h_n = np.stack([h_fwd, h_bwd])  # (2, B, H)
    # Output layer of the slide, y^t = f(W_y [→a^t, ←a^t] + b_y), with f = identity.
    y = outputs @ W_y.T + b_y  # (T, B, O)
    return outputs, h_n, y
