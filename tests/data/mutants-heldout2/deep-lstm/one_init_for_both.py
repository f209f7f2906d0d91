import numpy as np


def sigma(v):
    return 1.0 / (1.0 + np.exp(-v))


def layer(seq, h, c, Wx, Wh, bx, bh):
    H = h.shape[1]
    hs = []
    for xt in seq:
        a = xt @ Wx.T + h @ Wh.T + bx + bh
        i, f, g, o = sigma(a[:, :H]), sigma(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), sigma(a[:, 3*H:])
        c = f * c + i * g
        h = o * np.tanh(c)
        hs.append(h)
    return np.array(hs), h, c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    init_h, init_c = h0[0], c0[0]
    seq1, h1, c1 = layer(x, init_h, init_c, W_ih_0, W_hh_0, b_ih_0, b_hh_0)
    seq2, h2, c2 = layer(seq1, init_h, init_c, W_ih_1, W_hh_1, b_ih_1, b_hh_1)
    return seq2, np.stack([h1, h2]), np.stack([c1, c2])
