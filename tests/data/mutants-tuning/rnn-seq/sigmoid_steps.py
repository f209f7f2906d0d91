import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    outs = []
    h = h0
    for x_t in x:
        h = 1.0 / (1.0 + np.exp(-(x_t @ W_ih.T + h @ W_hh.T + b_ih + b_hh)))
        outs.append(h)
    return np.stack(outs), h
