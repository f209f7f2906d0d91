"""Mistake `sigmoid-candidate`: c~ = σ(...) instead of tanh(...)."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # σ(z), written overflow-free


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    ax = np.concatenate([a_prev, x], axis=1)
    c = _sigmoid(ax @ W_c.T + b_c)
    u = _sigmoid(ax @ W_u.T + b_u)
    return u * c + (1 - u) * a_prev
