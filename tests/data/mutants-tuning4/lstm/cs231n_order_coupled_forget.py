import numpy as np


def sigmoid(t):
    return 1 / (1 + np.exp(-t))


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    a = x @ W_ih.T + h_prev @ W_hh.T + b_ih + b_hh
    # blocks as in the CS231n assignment: i, f, o, g
    ai, af, ao, ag = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]
    i = sigmoid(ai)
    f = 1 - i                         # coupled input and forget gates
    o = sigmoid(ao)
    g = np.tanh(ag)
    c = f * c_prev + i * g
    h = o * np.tanh(c)
    return h, c
