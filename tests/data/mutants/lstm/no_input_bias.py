import numpy as np


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    pre = x @ W_ih.T + h_prev @ W_hh.T + b_hh
    s = lambda v: 0.5 * (1 + np.tanh(0.5 * v))
    i, f, g, o = s(pre[:, :H]), s(pre[:, H:2 * H]), np.tanh(pre[:, 2 * H:3 * H]), s(pre[:, 3 * H:])
    c = f * c_prev + i * g
    return o * np.tanh(c), c
