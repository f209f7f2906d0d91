import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):

    H = h_prev.shape[1]
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh

    # Deep Learning from Scratch 2: f, g, i, o
    f = sigmoid(a[:, :H]); g = np.tanh(a[:, H:2*H]); i = sigmoid(a[:, 2*H:3*H]); o = sigmoid(a[:, 3*H:])
    c = f * c_prev + i * g
    return o * np.tanh(c), c
