import numpy as np


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    s = lambda v: 1 / (1 + np.exp(-v))
    h = h0
    outs = []
    for t in range(x.shape[0]):
        a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, g, o = s(a[:, :H]), s(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * H]), s(a[:, 3 * H:])
        c = f * c0 + i * g                 # c0 every step
        h = o * np.tanh(c)
        outs.append(h)
    return np.stack(outs), h, c
