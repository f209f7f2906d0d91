import numpy as np


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    sig = lambda v: 1 / (1 + np.exp(-v))
    h, c = h0, c0
    outs = []
    for xt in x:
        a = xt @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i = sig(a[:, :H])
        g = np.tanh(a[:, 2 * H:3 * H])
        o = sig(a[:, 3 * H:])
        c = (1 - i) * c + i * g
        h = o * np.tanh(c)
        outs.append(h)
    return np.stack(outs), h, c
