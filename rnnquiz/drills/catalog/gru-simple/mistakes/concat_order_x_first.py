"""Mistake `concat-order-x-first`: the concatenation built as [x, a_prev]."""

import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    xa = np.concatenate([x, a_prev], axis=1)
    c = np.tanh(xa @ W_c.T + b_c)
    u = 0.5 * (1.0 + np.tanh(0.5 * (xa @ W_u.T + b_u)))  # σ, overflow-free
    return u * c + (1 - u) * a_prev
