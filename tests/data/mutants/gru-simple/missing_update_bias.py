import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    v = np.concatenate((a_prev, x), axis=1)
    c_t = np.tanh(v @ W_c.T + b_c)
    gamma = 1 / (1 + np.exp(-(v @ W_u.T)))
    return gamma * c_t + (1 - gamma) * a_prev
