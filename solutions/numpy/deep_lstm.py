"""Reference for drill `deep-lstm`: a stacked (2-layer) LSTM over a sequence, NumPy."""

from __future__ import annotations

import numpy as np


def _sigmoid(z):
    # exp of a non-positive number only: no overflow warnings for large |z|.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    # One step of the `lstm` drill, gate blocks in torch order i, f, g, o.
    H = h_prev.shape[1]
    gates = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh  # (B, 4H)
    i = _sigmoid(gates[:, 0 * H:1 * H])
    f = _sigmoid(gates[:, 1 * H:2 * H])
    g = np.tanh(gates[:, 2 * H:3 * H])
    o = _sigmoid(gates[:, 3 * H:4 * H])
    c = f * c_prev + i * g
    h = o * np.tanh(c)
    return h, c


def _lstm_layer(xs, h, c, W_ih, W_hh, b_ih, b_hh):
    # One LSTM layer over the whole sequence xs (T, B, D_in), from state (h, c).
    outs = np.empty(xs.shape[:2] + h.shape[1:])
    for t in range(xs.shape[0]):
        h, c = _lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs[t] = h
    return outs, h, c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    """Run a 2-layer LSTM over x (T, B, D); return (outputs, h_n, c_n)."""
    # Layer 0 reads the inputs, from its own initial state h0[0], c0[0].
    out0, h_a, c_a = _lstm_layer(x, h0[0], c0[0], W_ih_0, W_hh_0, b_ih_0, b_hh_0)
    # Layer 1 reads layer 0's hidden states (T, B, H) as its input sequence, from h0[1], c0[1].
    # (This is why W_ih_1 is (4H, H) whatever D is.)
    out1, h_b, c_b = _lstm_layer(out0, h0[1], c0[1], W_ih_1, W_hh_1, b_ih_1, b_hh_1)
    # The sequence output is the top layer's; the final states are stacked per layer, bottom first.
    return out1, np.stack([h_a, h_b]), np.stack([c_a, c_b])
