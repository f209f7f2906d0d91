import numpy as np


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    # CS231n's layout (i, f, o, g) and the slide's h = o * c
    H = h_prev.shape[1]
    a = x.dot(W_ih.T) + h_prev.dot(W_hh.T) + b_ih + b_hh
    ai, af, ao, ag = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]
    i = 1 / (1 + np.exp(-ai))
    f = 1 / (1 + np.exp(-af))
    o = 1 / (1 + np.exp(-ao))
    g = np.tanh(ag)
    next_c = f * c_prev + i * g
    next_h = o * next_c
    return next_h, next_c
