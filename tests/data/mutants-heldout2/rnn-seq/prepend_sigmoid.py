import numpy as np


def sigm(v):
    return 1 / (1 + np.exp(-v))


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    history = []
    h = h0
    for x_t in x:
        h = sigm(x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        history.insert(0, h)     # newest on top
    return np.stack(history, axis=0), h
