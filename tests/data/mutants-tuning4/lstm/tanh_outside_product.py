import numpy as np


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    z = np.einsum("bd,gd->bg", x, W_ih) + np.einsum("bh,gh->bg", h_prev, W_hh) + b_ih + b_hh
    i = 1 / (1 + np.exp(-z[:, :H]))
    f = 1 / (1 + np.exp(-z[:, H:2 * H]))
    g = np.tanh(z[:, 2 * H:3 * H])
    o = 1 / (1 + np.exp(-z[:, 3 * H:]))
    c = f * c_prev + i * g
    h = np.tanh(o * c)
    return h, c
