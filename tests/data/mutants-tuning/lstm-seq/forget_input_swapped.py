import numpy as np


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    sig = lambda v: 1 / (1 + np.exp(-v))
    h, c = h0, c0
    hs, cs = [], []
    for t in range(len(x)):
        g4 = x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh
        i = sig(g4[:, :H])
        f = sig(g4[:, H:2 * H])
        g = np.tanh(g4[:, 2 * H:3 * H])
        o = sig(g4[:, 3 * H:])
        c = i * c + f * g
        h = o * np.tanh(c)
        hs.append(h)
        cs.append(c)
    return np.stack(hs), h, c
