import numpy as np

def step(x, h, Wi, Wh, bi, bh):
    return np.tanh(x @ Wi.T + bi + h @ Wh.T + bh)

def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T, B, _ = x.shape
    H = W_hh.shape[0]
    out = np.zeros((T, B, 2 * H))
    hf, hb = h0
    for t in range(T):
        hf = step(x[t], hf, W_ih, W_hh, b_ih, b_hh)
        out[t, :, :H] = hf
    for t in range(T - 1, -1, -1):
        hb = step(x[t], hb, W_ih, W_hh, b_ih, b_hh)
        out[t, :, H:] = hb
    return out, np.stack([hf, hb]), out @ W_y.T + b_y
