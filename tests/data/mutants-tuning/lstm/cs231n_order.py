import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    # assignment layout: i, f, o, g
    N, H = h_prev.shape
    a = x.dot(W_ih.T) + h_prev.dot(W_hh.T) + b_ih + b_hh
    ai, af, ao, ag = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]
    i, f, o, g = sigmoid(ai), sigmoid(af), sigmoid(ao), np.tanh(ag)
    next_c = f * c_prev + i * g
    next_h = o * np.tanh(next_c)
    return next_h, next_c
