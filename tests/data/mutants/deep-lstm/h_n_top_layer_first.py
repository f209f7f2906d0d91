import numpy as np


def _layer(xs, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    out = []
    for xt in xs:
        a = xt @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, o = (1 / (1 + np.exp(-a[:, k * H:(k + 1) * H])) for k in (0, 1, 3))
        g = np.tanh(a[:, 2 * H:3 * H])
        c = f * c + i * g
        h = o * np.tanh(c)
        out.append(h)
    return np.stack(out), h, c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    y1, h1, c1 = _layer(x, h0[0], c0[0], W_ih_0, W_hh_0, b_ih_0, b_hh_0)
    y2, h2, c2 = _layer(y1, h0[1], c0[1], W_ih_1, W_hh_1, b_ih_1, b_hh_1)
    return y2, np.stack([h2, h1]), np.stack([c2, c1])     # top layer first
