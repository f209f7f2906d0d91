import numpy as np

def sig(z):
    return 1.0 / (1.0 + np.exp(-z))

def cell(x, h, c, Wi, Wh, bi, bh):
    H = h.shape[1]
    a = x @ Wi.T + bi + h @ Wh.T + bh
    i, f, g, o = sig(a[:, :H]), sig(a[:, H:2*H]), np.tanh(a[:, 2*H:3*H]), sig(a[:, 3*H:])
    c = f * c + i * g
    return o * np.tanh(c), c

def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    h1, c1, h2, c2 = h0[0], c0[0], h0[1], c0[1]
    outs = []
    for xt in x:
        h1, c1 = cell(xt, h1, c1, W_ih_0, W_hh_0, b_ih_0, b_hh_0)
        h2, c2 = cell(h1, h2, c2, W_ih_1, W_hh_1, b_ih_1, b_hh_1)
        outs.append(h2)
    return np.stack(outs), np.stack([h2, h1]), np.stack([c1, c2])
