import numpy as np


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    r_i, z_i, n_i = np.split(x @ W_ih.T + b_ih, 3, axis=1)
    r_h, z_h, n_h = np.split(h_prev @ W_hh.T + b_hh, 3, axis=1)
    r = 1.0 / (1.0 + np.exp(-(r_i + r_h)))
    z = 1.0 / (1.0 + np.exp(-(z_i + z_h)))
    n = np.tanh(n_i + r * n_h)
    return n + z * (h_prev - n)
