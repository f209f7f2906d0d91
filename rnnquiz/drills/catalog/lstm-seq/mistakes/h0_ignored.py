"""Mistake `h0-ignored`: the loop starts from zero states."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # σ(z), written overflow-free


def _cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    a = x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))
    c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)
    h = _sigmoid(o) * np.tanh(c)
    return h, c


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = np.zeros_like(h0), np.zeros_like(c0)
    outputs = []
    for t in range(x.shape[0]):
        h, c = _cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outputs.append(h)
    return np.stack(outputs), h, c
