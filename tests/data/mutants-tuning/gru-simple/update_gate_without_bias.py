import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    concat = np.concatenate([a_prev, x], axis=-1)
    c_tilde = np.tanh(concat @ W_c.T + b_c)
    gamma_u = 1 / (1 + np.exp(-(concat @ W_u.T)))
    return gamma_u * c_tilde + (1 - gamma_u) * a_prev
