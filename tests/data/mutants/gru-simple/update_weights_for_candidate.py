import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    concat = np.hstack([a_prev, x])
    c = np.tanh(concat @ W_u.T + b_c)       # copy-paste: W_u instead of W_c
    u = 1 / (1 + np.exp(-(concat @ W_u.T + b_u)))
    return u * c + (1 - u) * a_prev
