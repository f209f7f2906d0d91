import numpy as np


def cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    i, f, g, o = np.split(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 4, axis=-1)
    s = lambda v: 1 / (1 + np.exp(-v))
    c = s(f) * c + s(i) * np.tanh(g)
    return s(o) * np.tanh(c), c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    T = x.shape[0]
    ha, ca, hb, cb = h0[0], c0[0], h0[1], c0[1]
    bottom, top = [], []
    for t in range(T):
        ha, ca = cell(x[t], ha, ca, W_ih_0, W_hh_0, b_ih_0, b_hh_0)
        hb, cb = cell(ha, hb, cb, W_ih_1, W_hh_1, b_ih_1, b_hh_1)
        bottom.append(ha)
        top.append(hb)
    return np.stack(bottom), np.stack([ha, hb]), np.stack([ca, cb])
