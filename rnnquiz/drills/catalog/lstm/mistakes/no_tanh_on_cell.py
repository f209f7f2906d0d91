"""Mistake `no-tanh-on-cell`: h = o * c, as printed on the slide."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # σ(z), written overflow-free


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    gates = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    i = _sigmoid(gates[:, :H])
    f = _sigmoid(gates[:, H:2 * H])
    g = np.tanh(gates[:, 2 * H:3 * H])
    o = _sigmoid(gates[:, 3 * H:])
    c = f * c_prev + i * g
    h = o * c
    return h, c
