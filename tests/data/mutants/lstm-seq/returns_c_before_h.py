import numpy as np


def _step(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i = 1 / (1 + np.exp(-z[:, :H]))
    f = 1 / (1 + np.exp(-z[:, H:2 * H]))
    g = np.tanh(z[:, 2 * H:3 * H])
    o = 1 / (1 + np.exp(-z[:, 3 * H:]))
    c = f * c + i * g
    return o * np.tanh(c), c


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c = h0, c0
    hs = []
    for t in range(x.shape[0]):
        h, c = _step(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
    return np.stack(hs), c, h
