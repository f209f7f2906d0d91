"""Mistake `gate-order-fgio`: blocks read as f, g, i, o (Deep Learning from Scratch 2)."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # σ(z), written overflow-free


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    A = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    f = A[:, :H]
    g = A[:, H:2 * H]
    i = A[:, 2 * H:3 * H]
    o = A[:, 3 * H:]
    f = _sigmoid(f)
    g = np.tanh(g)
    i = _sigmoid(i)
    o = _sigmoid(o)
    c = f * c_prev + g * i
    h = o * np.tanh(c)
    return h, c
