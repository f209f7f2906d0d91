"""Mistake `missing-tanh-path`: dc_t = dc; the gradient from h through tanh(c) is dropped."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    i, f = _sigmoid(a[:, :H]), _sigmoid(a[:, H:2 * H])
    g, o = np.tanh(a[:, 2 * H:3 * H]), _sigmoid(a[:, 3 * H:])
    c = f * c_prev + i * g
    tc = np.tanh(c)
    dct = dc  # should add dh * o * (1 - tc**2)
    do = dh * tc
    da = np.concatenate([dct * g * i * (1 - i), dct * c_prev * f * (1 - f),
                         dct * i * (1 - g ** 2), do * o * (1 - o)], axis=1)
    db = da.sum(0)
    return da @ W_ih, da @ W_hh, dct * f, da.T @ x, da.T @ h_prev, db, db.copy()
