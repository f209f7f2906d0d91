import numpy as np

def step(x, h, Wi, Wh, bi, bh):
    return np.tanh(x @ Wi.T + bi + h @ Wh.T + bh)

def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T = len(x)
    hf, hb = h0[0], h0[1]
    fw, bw = [], []
    for t in range(T):
        hf = step(x[t], hf, W_ih, W_hh, b_ih, b_hh)
        fw.append(hf)
    for t in reversed(range(T)):
        hb = step(x[t], hb, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev)
        bw.append(hb)
    outputs = np.concatenate([np.stack(fw), np.stack(bw)], axis=2)
    return outputs, np.stack([hf, hb]), outputs @ W_y.T + b_y
