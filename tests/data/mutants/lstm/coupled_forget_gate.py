import numpy as np


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    # coupled input and forget gates (GRU-like LSTM variant): f = 1 - i
    H = h_prev.shape[1]
    z = x @ W_ih.T + h_prev @ W_hh.T + b_ih + b_hh
    i = sigmoid(z[:, :H])
    g = np.tanh(z[:, 2 * H:3 * H])
    o = sigmoid(z[:, 3 * H:])
    c = (1 - i) * c_prev + i * g
    h = o * np.tanh(c)
    return h, c
