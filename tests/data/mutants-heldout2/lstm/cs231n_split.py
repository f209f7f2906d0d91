import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    a = x.dot(W_ih.T) + h_prev.dot(W_hh.T) + b_ih + b_hh
    ai, af, ao, ag = np.split(a, 4, axis=1)
    i, f, o = sigmoid(ai), sigmoid(af), sigmoid(ao)
    g = np.tanh(ag)
    next_c = f * c_prev + i * g
    next_h = o * np.tanh(next_c)
    return next_h, next_c
