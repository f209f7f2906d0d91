import numpy as np


def cell(x, h, Wx, Wh, bx, bh):
    return np.tanh(x @ Wx.T + h @ Wh.T + bx + bh)


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T = x.shape[0]
    fw, bw = [], []
    hf, hb = h0[0], h0[1]
    for t in range(T):
        hf = cell(x[t], hf, W_ih, W_hh, b_ih, b_hh)
        fw.append(hf)
    for t in range(T - 1, -1, -1):
        hb = cell(x[t], hb, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev)
        bw.append(hb)
    outputs = np.concatenate([np.stack(fw), np.stack(bw)], axis=2)
    h_n = np.stack([hf, hb])
    y = outputs @ W_y.T + b_y
    return outputs, h_n, y
