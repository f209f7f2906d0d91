import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):

    layers = [(W_ih_0, W_hh_0, b_ih_0, b_hh_0), (W_ih_1, W_hh_1, b_ih_1, b_hh_1)]
    H = h0.shape[2]
    seq = x
    h_n, c_n = [], []
    for l, (W_ih, W_hh, b_ih, b_hh) in enumerate(layers):
        h, c = h0[l], c0[l]
        outs = []
        for t in range(seq.shape[0]):
            a = seq[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
            i = sigmoid(a[:, :H])
            f = sigmoid(a[:, H:2*H])
            g = np.tanh(a[:, 2*H:3*H])
            o = sigmoid(a[:, 3*H:])
            c = f * c + i * g
            h = o * np.tanh(c)
            outs.append(h)
        seq = np.stack(outs)  # this layer's outputs are the next layer's inputs
        h_n.append(h)
        c_n.append(c)
    return seq, np.stack(h_n), np.stack(c_n)
