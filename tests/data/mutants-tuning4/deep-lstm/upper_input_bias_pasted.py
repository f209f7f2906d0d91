import numpy as np


def cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    sg = 0.5 * (1 + np.tanh(0.5 * z))
    i, f, o = sg[:, :H], sg[:, H:2 * H], sg[:, 3 * H:]
    g = np.tanh(z[:, 2 * H:3 * H])
    c = f * c + i * g
    return o * np.tanh(c), c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    T = x.shape[0]
    h1, c1 = h0[0], c0[0]
    h2, c2 = h0[1], c0[1]
    top = []
    for t in range(T):  # time outer, layers inner
        h1, c1 = cell(x[t], h1, c1, W_ih_0, W_hh_0, b_ih_0, b_hh_0)
        h2, c2 = cell(h1, h2, c2, W_ih_1, W_hh_1, b_ih_0, b_hh_1)
        top.append(h2)
    return np.stack(top), np.stack([h1, h2]), np.stack([c1, c2])
