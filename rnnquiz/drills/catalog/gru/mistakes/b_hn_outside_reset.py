"""Mistake `b-hn-outside-reset`: n = tanh(W_in x + b_in + r * (W_hn h) + b_hn)."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # σ(z), written overflow-free


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    gi = x @ W_ih.T + b_ih
    gh = h_prev @ W_hh.T          # biases added per gate below
    r = _sigmoid(gi[:, :H] + gh[:, :H] + b_hh[:H])
    z = _sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H] + b_hh[H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:] + b_hh[2 * H:])
    return (1 - z) * n + z * h_prev
