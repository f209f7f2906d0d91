"""Mistake `gate-order-igfo`: blocks read as i, j(g), f, o (TensorFlow 1 LSTMCell)."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # σ(z), written overflow-free


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    gates = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    i, j, f, o = np.split(gates, 4, axis=1)
    c = _sigmoid(f) * c_prev + _sigmoid(i) * np.tanh(j)
    h = _sigmoid(o) * np.tanh(c)
    return h, c
