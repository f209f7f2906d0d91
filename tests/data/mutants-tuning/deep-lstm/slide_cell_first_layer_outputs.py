import numpy as np


def cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    a = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    sig = lambda v: 1 / (1 + np.exp(-v))
    i, f, g, o = sig(a[:, :H]), sig(a[:, H:2 * H]), np.tanh(a[:, 2 * H:3 * H]), sig(a[:, 3 * H:])
    c = f * c + i * g
    return o * c, c                        # the slide: h = o * c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    ha, ca, hb, cb = h0[0], c0[0], h0[1], c0[1]
    top = []
    for t in range(x.shape[0]):
        ha, ca = cell(x[t], ha, ca, W_ih_0, W_hh_0, b_ih_0, b_hh_0)
        hb, cb = cell(ha, hb, cb, W_ih_1, W_hh_1, b_ih_1, b_hh_1)
        top.append(ha)                     # the first layer's states
    return np.stack(top), np.stack([ha, hb]), np.stack([ca, cb])
