import numpy as np


def _s(z):
    return 1 / (1 + np.exp(-z))


def _layer(seq, h, c, Wi, Wh, bi, bh):
    H = h.shape[1]
    hs = []
    for xt in seq:
        a = xt @ Wi.T + bi + h @ Wh.T + bh
        i, f, g, o = _s(a[:, :H]), _s(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * H]), _s(a[:, 3 * H:])
        c = f * c + i * g
        h = o * np.tanh(c)
        hs.append(h)
    return np.stack(hs), h, c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    y0, h_low, c_low = _layer(x, h0[0], c0[0], W_ih_0, W_hh_0, b_ih_0, b_hh_0)
    y1, h_top, c_top = _layer(y0, h0[1], c0[1], W_ih_1, W_hh_1, b_ih_1, b_hh_1)
    return y1, np.array([h_top, h_low]), np.array([c_top, c_low])
