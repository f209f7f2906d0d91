import numpy as np


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    xi = x @ W_ih.T + b_ih
    hh = h_prev @ W_hh.T + b_hh
    # update gate, reset gate, candidate
    xz, xr, xn = np.split(xi, 3, axis=1)
    hz, hr, hn = np.split(hh, 3, axis=1)
    z = 1 / (1 + np.exp(-(xz + hz)))
    r = 1 / (1 + np.exp(-(xr + hr)))
    n = np.tanh(xn + r * hn)
    return z * h_prev + (1 - z) * n
