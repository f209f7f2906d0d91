import numpy as np


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    T = x.shape[0]
    res = np.empty((T,) + h0.shape)
    h = h0
    for t in range(T):
        a = x[t] @ W_ih.T + b_ih
        b = h @ W_hh.T
        r = 1 / (1 + np.exp(-(a[:, :H] + b[:, :H])))
        z = 1 / (1 + np.exp(-(a[:, H:2 * H] + b[:, H:2 * H])))
        n = np.tanh(a[:, 2 * H:] + r * b[:, 2 * H:])
        h = (1 - z) * n + z * h
        res[t] = h
    return res, h
