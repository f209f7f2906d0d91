"""Mistake `sigmoid-activation`: sigmoid instead of tanh."""

import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # σ(z), written overflow-free
