import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):

    # blocks read as n, z, r: not a catalogued order
    H = h_prev.shape[1]
    gi = x @ W_ih.T + b_ih
    gh = h_prev @ W_hh.T + b_hh
    n_i, z_i, r_i = gi[:, :H], gi[:, H:2*H], gi[:, 2*H:]
    n_h, z_h, r_h = gh[:, :H], gh[:, H:2*H], gh[:, 2*H:]
    r = sigmoid(r_i + r_h)
    z = sigmoid(z_i + z_h)
    n = np.tanh(n_i + r * n_h)
    return (1 - z) * n + z * h_prev
