import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_layer(xs, h, c, W_ih, W_hh, b_ih, b_hh):
    outs = []
    for x_t in xs:
        i, f, g, o = np.split(x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=1)
        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
        h = sigmoid(o) * np.tanh(c)
        outs.append(h)
    return np.stack(outs), h, c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):

    h_init, c_init = h0[0], c0[0]
    y0, h_a, c_a = lstm_layer(x, h_init, c_init, W_ih_0, W_hh_0, b_ih_0, b_hh_0)
    y1, h_b, c_b = lstm_layer(y0, h_init, c_init, W_ih_1, W_hh_1, b_ih_1, b_hh_1)
    return y1, np.stack([h_a, h_b]), np.stack([c_a, c_b])
