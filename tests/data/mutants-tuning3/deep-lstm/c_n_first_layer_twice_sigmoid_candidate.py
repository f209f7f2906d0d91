import numpy as np

def sig(z):
    return 1.0 / (1.0 + np.exp(-z))

def cell(x, h, c, Wi, Wh, bi, bh):
    H = h.shape[1]
    a = x @ Wi.T + bi + h @ Wh.T + bh
    i, f, g, o = sig(a[:, :H]), sig(a[:, H:2*H]), sig(a[:, 2*H:3*H]), sig(a[:, 3*H:])
    c = f * c + i * g
    return o * np.tanh(c), c

def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    params = [(W_ih_0, W_hh_0, b_ih_0, b_hh_0), (W_ih_1, W_hh_1, b_ih_1, b_hh_1)]
    seq = x
    hs, cs = [], []
    for layer, p in enumerate(params):
        h, c = h0[layer], c0[layer]
        out = []
        for xt in seq:
            h, c = cell(xt, h, c, *p)
            out.append(h)
        seq = np.stack(out)
        hs.append(h)
        cs.append(c)
    return seq, np.stack(hs), np.stack([cs[0], cs[0]])
