import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    pre = (x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh).reshape(-1, 4, H)
    act = np.empty_like(pre)
    act[:, [0, 1, 3]] = 1 / (1 + np.exp(-pre[:, [0, 1, 3]]))
    act[:, 2] = np.tanh(pre[:, 2])
    i, f, g, o = act[:, 0], act[:, 1], act[:, 2], act[:, 3]
    c = f * c_prev + i * g
    tc = np.tanh(c)
    dct = dc + dh * o * (1 - tc ** 2)
    local = np.stack([dct * g, dct * c_prev, dct * i, dh * tc], axis=1)   # d loss / d gate
    slope = act * (1 - act)
    slope[:, 2] = 1 - g ** 2
    da = (local * slope).reshape(-1, 4 * H)
    return da @ W_ih, da @ W_hh, dct * f, da.T @ x, da.T @ h_prev, da.sum(axis=0), da.sum(axis=0)
