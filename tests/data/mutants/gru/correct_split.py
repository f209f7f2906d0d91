import numpy as np


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    i_r, i_z, i_n = np.split(x @ W_ih.T + b_ih, 3, axis=-1)
    h_r, h_z, h_n = np.split(h_prev @ W_hh.T + b_hh, 3, axis=-1)
    r = 1.0 / (1.0 + np.exp(-(i_r + h_r)))
    z = 1.0 / (1.0 + np.exp(-(i_z + h_z)))
    n = np.tanh(i_n + r * h_n)
    return n + z * (h_prev - n)
