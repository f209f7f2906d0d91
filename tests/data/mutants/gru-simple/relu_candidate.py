import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    ax = np.concatenate([a_prev, x], axis=1)
    c_tilde = np.maximum(ax @ W_c.T + b_c, 0.0)
    g = 1 / (1 + np.exp(-(ax @ W_u.T + b_u)))
    return g * c_tilde + (1 - g) * a_prev
