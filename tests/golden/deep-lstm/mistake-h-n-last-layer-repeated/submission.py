import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):

    H = h0.shape[-1]
    params = [(W_ih_0, W_hh_0, b_ih_0, b_hh_0), (W_ih_1, W_hh_1, b_ih_1, b_hh_1)]
    seq = x
    for l in range(2):
        W_ih, W_hh, b_ih, b_hh = params[l]
        h, c = h0[l], c0[l]
        outs = []
        for t in range(len(seq)):
            a = seq[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
            c = sigmoid(a[:, H:2*H]) * c + sigmoid(a[:, :H]) * np.tanh(a[:, 2*H:3*H])
            h = sigmoid(a[:, 3*H:]) * np.tanh(c)
            outs.append(h)
        seq = np.stack(outs)
    # final state of the network, one copy per layer
    return seq, np.stack([h] * 2), np.stack([c] * 2)
