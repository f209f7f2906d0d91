"""Mistake `layer2-fed-input`: both layers read x (runs only when D == H)."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    z = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    i = _sigmoid(z[:, :H])
    f = _sigmoid(z[:, H:2 * H])
    g = np.tanh(z[:, 2 * H:3 * H])
    o = _sigmoid(z[:, 3 * H:])
    c = f * c_prev + i * g
    return o * np.tanh(c), c


def _layer(xs, h, c, W_ih, W_hh, b_ih, b_hh):
    outs = []
    for t in range(xs.shape[0]):
        h, c = _lstm_cell(xs[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return np.stack(outs), h, c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    out0, h_a, c_a = _layer(x, h0[0], c0[0], W_ih_0, W_hh_0, b_ih_0, b_hh_0)
    out1, h_b, c_b = _layer(x, h0[1], c0[1], W_ih_1, W_hh_1, b_ih_1, b_hh_1)  # should read out0
    return out1, np.stack([h_a, h_b]), np.stack([c_a, c_b])
