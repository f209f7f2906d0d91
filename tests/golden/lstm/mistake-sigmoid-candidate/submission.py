import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):

    H = h_prev.shape[1]
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh

    i, f, g, o = (sigmoid(p) for p in np.split(a, 4, axis=1))
    c = f * c_prev + i * g
    return o * np.tanh(c), c
