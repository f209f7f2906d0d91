import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_cell(x_t, h, c, W_ih, W_hh, b_ih, b_hh):
    a = x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    c_new = sigmoid(af) * c + sigmoid(ai) * np.tanh(ag)
    h_new = sigmoid(ao) * np.tanh(c_new)
    return h_new, c_new


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):

    T, B, _ = x.shape
    H = h0.shape[1]
    outputs = np.zeros((T, B, H))
    h, c = h0, c0
    for t in range(T):
        h, c = lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outputs[t] = h
    return outputs, h, c
