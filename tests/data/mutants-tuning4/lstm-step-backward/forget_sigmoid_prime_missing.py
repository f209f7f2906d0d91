import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    z = x @ W_ih.T + h_prev @ W_hh.T + b_ih + b_hh
    sg = lambda v: 1 / (1 + np.exp(-v))
    i, f, g, o = sg(z[:, :H]), sg(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), sg(z[:, 3 * H:])
    c = f * c_prev + i * g
    tanh_c = np.tanh(c)
    dcell = dc + dh * o * (1 - tanh_c ** 2)
    dz_i = dcell * g * i * (1 - i)
    dz_f = dcell * c_prev                 # through the forget gate
    dz_g = dcell * i * (1 - g ** 2)
    dz_o = dh * tanh_c * o * (1 - o)
    dz = np.hstack([dz_i, dz_f, dz_g, dz_o])
    db = dz.sum(axis=0)
    return dz @ W_ih, dz @ W_hh, dcell * f, dz.T @ x, dz.T @ h_prev, db, db.copy()
