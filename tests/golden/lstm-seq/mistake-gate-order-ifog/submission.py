import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):

    T, B, _ = x.shape
    H = h0.shape[1]
    xproj = x @ W_ih.T + b_ih + b_hh
    outputs = np.zeros((T, B, H))
    h, c = h0, c0
    for t in range(T):
        a = xproj[t] + h @ W_hh.T
        # CS231n assignment: i, f, o, g
        i = sigmoid(a[:, :H])
        f = sigmoid(a[:, H:2*H])
        o = sigmoid(a[:, 2*H:3*H])
        g = np.tanh(a[:, 3*H:])
        c = f * c + i * g
        h = o * np.tanh(c)
        outputs[t] = h
    return outputs, h, c
