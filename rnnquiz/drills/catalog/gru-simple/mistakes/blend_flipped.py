"""Mistake `blend-flipped`: a = (1 - Γu) * c~ + Γu * a_prev."""

import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    ax = np.concatenate([a_prev, x], axis=1)
    c = np.tanh(ax @ W_c.T + b_c)
    u = 0.5 * (1.0 + np.tanh(0.5 * (ax @ W_u.T + b_u)))  # σ, overflow-free
    return (1 - u) * c + u * a_prev
