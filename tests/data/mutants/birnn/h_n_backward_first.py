import numpy as np


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T = x.shape[0]
    hf, hb = h0[0], h0[1]
    fw, bw = [None] * T, [None] * T
    for t in range(T):
        hf = np.tanh(x[t] @ W_ih.T + b_ih + hf @ W_hh.T + b_hh)
        fw[t] = hf
    for t in range(T - 1, -1, -1):
        hb = np.tanh(x[t] @ W_ih_rev.T + b_ih_rev + hb @ W_hh_rev.T + b_hh_rev)
        bw[t] = hb
    out = np.concatenate([np.stack(fw), np.stack(bw)], axis=2)
    return out, np.stack([hb, hf]), out @ W_y.T + b_y
