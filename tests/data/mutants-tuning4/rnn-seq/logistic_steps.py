import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    out = np.zeros((T, B, W_hh.shape[0]))
    prev = h0
    for t in range(T):
        pre = x[t] @ W_ih.T + b_ih + prev @ W_hh.T + b_hh
        prev = 1.0 / (1.0 + np.exp(-pre))
        out[t] = prev
    return out, prev
