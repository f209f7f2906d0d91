import numpy as np


def lstm_step(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[-1]
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i = 1 / (1 + np.exp(-z[:, :H]))
    f = 1 / (1 + np.exp(-z[:, H:2 * H]))
    g = np.tanh(z[:, 2 * H:3 * H])
    o = 1 / (1 + np.exp(-z[:, 3 * H:]))
    c = f * c + i * g
    return o * np.tanh(c), c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    layers = [(W_ih_0, W_hh_0, b_ih_0, b_hh_0), (W_ih_1, W_hh_1, b_ih_1, b_hh_1)]
    seq = x
    hn, cn = [], []
    for params in layers:
        h, c = h0[0], c0[0]                 # both layers start from layer 0's state
        out = []
        for xt in seq:
            h, c = lstm_step(xt, h, c, *params)
            out.append(h)
        seq = np.stack(out)
        hn.append(h)
        cn.append(c)
    return seq, np.stack(hn), np.stack(cn)
