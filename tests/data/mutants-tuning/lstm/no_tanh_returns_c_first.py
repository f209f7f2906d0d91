import numpy as np


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    z = x @ W_ih.T + h_prev @ W_hh.T + b_ih + b_hh
    sg = lambda v: 1 / (1 + np.exp(-v))
    i, f, g, o = sg(z[:, :H]), sg(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), sg(z[:, 3 * H:])
    c = f * c_prev + i * g
    h = o * c
    return c, h
