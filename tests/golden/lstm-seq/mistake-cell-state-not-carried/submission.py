import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):

    T, B, _ = x.shape
    H = h0.shape[1]
    outputs = np.zeros((T, B, H))
    h = h0
    for t in range(T):
        a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, g, o = np.split(a, 4, axis=1)
        c = sigmoid(f) * c0 + sigmoid(i) * np.tanh(g)
        h = sigmoid(o) * np.tanh(c)
        outputs[t] = h
    return outputs, h, c
