"""Mistake `h0-ignored`: the loop starts from a zero state."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # σ(z), written overflow-free


def _cell(x_t, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gi = x_t @ W_ih.T + b_ih
    gh = h @ W_hh.T + b_hh
    r = _sigmoid(gi[:, :H] + gh[:, :H])
    z = _sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1 - z) * n + z * h


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    h = np.zeros_like(h0)
    outputs = []
    for t in range(x.shape[0]):
        h = _cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        outputs.append(h)
    return np.stack(outputs), h
