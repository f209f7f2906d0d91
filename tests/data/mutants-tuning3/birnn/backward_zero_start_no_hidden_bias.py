import numpy as np

def step(x, h, Wi, Wh, bi, bh):
    return np.tanh(x @ Wi.T + bi + h @ Wh.T)

def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T, B, _ = x.shape
    H = W_hh.shape[0]
    fwd = np.zeros((T, B, H))
    bwd = np.zeros((T, B, H))
    h = h0[0]
    for t in range(T):
        h = step(x[t], h, W_ih, W_hh, b_ih, b_hh)
        fwd[t] = h
    g = np.zeros((B, H))
    for t in range(T - 1, -1, -1):
        g = step(x[t], g, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev)
        bwd[t] = g
    outputs = np.concatenate([fwd, bwd], -1)
    return outputs, np.stack([h, g]), outputs @ W_y.T + b_y
