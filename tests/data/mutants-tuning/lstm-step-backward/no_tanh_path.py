import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    sig = lambda v: 1 / (1 + np.exp(-v))
    a = x @ W_ih.T + h_prev @ W_hh.T + b_ih + b_hh
    i, f, o = sig(a[:, :H]), sig(a[:, H:2 * H]), sig(a[:, 3 * H:])
    g = np.tanh(a[:, 2 * H:3 * H])
    c = f * c_prev + i * g
    tanh_c = np.tanh(c)
    dcell = dc                             # forgot the path through h
    d_o = dh * tanh_c
    d_i, d_f, d_g = dcell * g, dcell * c_prev, dcell * i
    da = np.hstack([d_i * i * (1 - i), d_f * f * (1 - f), d_g * (1 - g * g), d_o * o * (1 - o)])
    db = da.sum(0)
    return da @ W_ih, da @ W_hh, dcell * f, da.T @ x, da.T @ h_prev, db, db.copy()
