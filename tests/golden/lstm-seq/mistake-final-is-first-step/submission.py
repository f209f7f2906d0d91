import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):

    H = h0.shape[1]
    h, c = h0, c0
    hs, cs = [], []
    for t in range(x.shape[0]):
        a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, g, o = np.split(a, 4, axis=1)
        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
        h = sigmoid(o) * np.tanh(c)
        hs.append(h)
        cs.append(c)
    return np.stack(hs), hs[0], cs[0]
