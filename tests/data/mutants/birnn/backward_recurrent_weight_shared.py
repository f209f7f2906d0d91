import numpy as np


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T = x.shape[0]
    f, b = [], [None] * T
    h = h0[0]
    for t in range(T):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        f.append(h)
    h_fwd = h
    h = h0[1]
    for t in range(T - 1, -1, -1):
        h = np.tanh(x[t] @ W_ih_rev.T + b_ih_rev + h @ W_hh.T + b_hh_rev)   # W_hh, not W_hh_rev
        b[t] = h
    out = np.concatenate([np.stack(f), np.stack(b)], axis=-1)
    return out, np.stack([h_fwd, h]), out @ W_y.T + b_y
