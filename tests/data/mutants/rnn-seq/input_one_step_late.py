import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    h = h0
    outs = []
    for t in range(T):
        h = np.tanh(x[t - 1] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)   # off by one in time
        outs.append(h)
    return np.stack(outs), h
