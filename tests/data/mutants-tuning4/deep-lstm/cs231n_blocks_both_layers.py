import numpy as np


def lstm_step(x, h, c, Wx, Wh, bx, bh):
    H = h.shape[1]
    a = x @ Wx.T + h @ Wh.T + bx + bh
    i = 1 / (1 + np.exp(-a[:, :H]))
    f = 1 / (1 + np.exp(-a[:, H:2 * H]))
    o = 1 / (1 + np.exp(-a[:, 2 * H:3 * H]))
    g = np.tanh(a[:, 3 * H:])
    c = f * c + i * g
    return o * np.tanh(c), c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    params = [(W_ih_0, W_hh_0, b_ih_0, b_hh_0), (W_ih_1, W_hh_1, b_ih_1, b_hh_1)]
    seq = x
    hn, cn = [], []
    for layer, p in enumerate(params):
        h, c = h0[layer], c0[layer]
        outs = []
        for t in range(seq.shape[0]):
            h, c = lstm_step(seq[t], h, c, *p)
            outs.append(h)
        seq = np.stack(outs)
        hn.append(h)
        cn.append(c)
    return seq, np.stack(hn), np.stack(cn)
