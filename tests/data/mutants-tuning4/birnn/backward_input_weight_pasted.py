import numpy as np


def step(x, h, Wx, Wh, bx, bh):
    return np.tanh(x @ Wx.T + bx + h @ Wh.T + bh)


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T = len(x)
    fw, bw = [None] * T, [None] * T
    h = h0[0]
    for t in range(T):
        h = step(x[t], h, W_ih, W_hh, b_ih, b_hh)
        fw[t] = h
    hb = h0[1]
    for t in reversed(range(T)):
        hb = step(x[t], hb, W_ih, W_hh_rev, b_ih_rev, b_hh_rev)
        bw[t] = hb
    outputs = np.concatenate([np.stack(fw), np.stack(bw)], axis=-1)
    y = outputs @ W_y.T + b_y
    return outputs, np.stack([h, hb]), y
