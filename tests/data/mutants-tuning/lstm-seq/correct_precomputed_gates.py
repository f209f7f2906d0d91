import numpy as np


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    H = h0.shape[1]
    X = np.einsum("tbd,gd->tbg", x, W_ih) + b_ih + b_hh
    h, c = h0, c0
    outputs = []
    for t in range(T):
        a = X[t] + h @ W_hh.T
        i = 1 / (1 + np.exp(-a[:, :H]))
        f = 1 / (1 + np.exp(-a[:, H:2 * H]))
        g = np.tanh(a[:, 2 * H:3 * H])
        o = 1 / (1 + np.exp(-a[:, 3 * H:]))
        c = f * c + i * g
        h = o * np.tanh(c)
        outputs.append(h)
    return np.asarray(outputs), h, c
