import numpy as np

def sig(z):
    return 1.0 / (1.0 + np.exp(-z))

def cell(x, h, c, Wi, Wh, bi, bh):
    H = h.shape[1]
    a = x @ Wi.T + bi + h @ Wh.T + bh
    i, f, g, o = sig(a[:, :H]), sig(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), sig(a[:, 3*H:])
    c = f * c + i * g
    return o * np.tanh(c), c

def layer(xs, h, c, Wi, Wh, bi, bh):
    out = []
    for xt in xs:
        h, c = cell(xt, h, c, Wi, Wh, bi, bh)
        out.append(h)
    return np.array(out), h, c

def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    y0, ha, ca = layer(x, h0[0], c0[0], W_ih_0, W_hh_0, b_ih_0, b_hh_0)
    y1, hb, cb = layer(y0, h0[1], c0[1], W_ih_1, W_hh_0, b_ih_1, b_hh_1)
    return y1, np.array([ha, hb]), np.array([ca, cb])
