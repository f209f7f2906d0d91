import numpy as np


def _cell(x, h, W_ih, W_hh, b_ih, b_hh):
    return 1 / (1 + np.exp(-(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)))


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T = x.shape[0]
    f, b = [], []
    h = h0[0]
    for t in range(T):
        h = _cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        f.append(h)
    g = h0[1]
    for t in range(T - 1, -1, -1):
        g = _cell(x[t], g, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev)
        b.insert(0, g)
    outputs = np.concatenate([np.array(f), np.array(b)], axis=-1)
    y = outputs @ W_y.T                     # no output bias
    return outputs, np.stack([h, g]), y
