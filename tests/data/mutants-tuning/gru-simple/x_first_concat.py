import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    xa = np.hstack((x, a_prev))            # [x, a_prev]
    c = np.tanh(xa @ W_c.T + b_c)
    g = 1 / (1 + np.exp(-(xa @ W_u.T + b_u)))
    return g * c + (1 - g) * a_prev
