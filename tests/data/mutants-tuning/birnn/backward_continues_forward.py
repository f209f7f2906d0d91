import numpy as np


def step(x, h, Wx, Wh, bx, bh):
    return np.tanh(x @ Wx.T + bx + h @ Wh.T + bh)


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T, B, _ = x.shape
    H = W_hh.shape[0]
    fwd = np.zeros((T, B, H))
    bwd = np.zeros((T, B, H))
    h = h0[0]
    for t in range(T):
        h = step(x[t], h, W_ih, W_hh, b_ih, b_hh)
        fwd[t] = h
    h_last_fwd = h
    for t in range(T - 1, -1, -1):        # keeps going from the forward final state
        h = step(x[t], h, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev)
        bwd[t] = h
    out = np.concatenate((fwd, bwd), axis=-1)
    return out, np.stack((h_last_fwd, h)), out @ W_y.T + b_y
