import numpy as np


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T = len(x)
    hf, hb = h0[0], h0[1]
    fw, bw = [None] * T, [None] * T
    for t in range(T):
        hf = np.tanh(x[t] @ W_ih.T + b_ih + hf @ W_hh.T + b_hh)
        fw[t] = hf
    for t in reversed(range(T)):
        hb = np.tanh(x[t] @ W_ih_rev.T + b_ih_rev + hb @ W_hh_rev.T + b_hh_rev)
        bw[t] = hb
    outputs = np.concatenate([np.stack(bw), np.stack(fw)], axis=2)   # [backward, forward]
    return outputs, np.stack([hf, hb]), outputs @ W_y.T + b_y
