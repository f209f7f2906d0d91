import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    # "Deep Learning from Scratch 2" slices A as f, g, i, o
    N, H = h_prev.shape
    A = np.dot(x, W_ih.T) + np.dot(h_prev, W_hh.T) + b_ih + b_hh
    f = A[:, :H]
    g = A[:, H:2 * H]
    i = A[:, 2 * H:3 * H]
    o = A[:, 3 * H:]
    f = sigmoid(f)
    g = np.tanh(g)
    i = sigmoid(i)
    o = sigmoid(o)
    c_next = f * c_prev + g * i
    h_next = o * np.tanh(c_next)
    return h_next, c_next
