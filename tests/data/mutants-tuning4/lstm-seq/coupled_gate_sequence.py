import numpy as np


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    out = np.zeros((x.shape[0], x.shape[1], H))
    h, c = h0, c0
    for t, xt in enumerate(x):
        gates = xt @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i = 1 / (1 + np.exp(-gates[:, :H]))
        g = np.tanh(gates[:, 2 * H:3 * H])
        o = 1 / (1 + np.exp(-gates[:, 3 * H:]))
        c = (1 - i) * c + i * g          # forget gate tied to the input gate
        h = o * np.tanh(c)
        out[t] = h
    return out, h, c
