import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    h = np.zeros_like(h0)
    hs = np.empty((x.shape[0],) + h0.shape)
    for t in range(len(x)):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T)
        hs[t] = h
    return hs, hs[-1]
