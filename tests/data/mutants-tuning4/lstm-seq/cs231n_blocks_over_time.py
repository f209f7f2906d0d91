import numpy as np


def _sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    H = h0.shape[1]
    h, c = h0.copy(), c0.copy()
    hs = []
    for t in range(T):
        a = x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh
        i = _sig(a[:, 0:H])
        f = _sig(a[:, H:2 * H])
        o = _sig(a[:, 2 * H:3 * H])
        g = np.tanh(a[:, 3 * H:4 * H])
        c = f * c + i * g
        h = o * np.tanh(c)
        hs.append(h)
    return np.stack(hs), h, c
