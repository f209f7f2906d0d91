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
    seq = x
    hn, cn = [], []
    for k, p in enumerate([(W_ih_0, W_hh_0, b_ih_0, b_hh_0), (W_ih_1, W_hh_1, b_ih_1, b_hh_1)]):
        h, c = h0[k], c0[k]
        ys = np.zeros(seq.shape[:2] + (h.shape[1],))
        for t in range(len(seq)):
            h, c = cell(seq[t], h, c, *p)
            ys[t] = h
        seq = ys
        hn.append(h); cn.append(c)
    return seq, np.stack(hn), np.stack(cn)
