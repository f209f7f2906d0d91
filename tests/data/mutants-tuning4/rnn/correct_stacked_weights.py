import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # one matmul on [x, h] against [W_ih | W_hh]
    xh = np.concatenate((x, h_prev), axis=1)
    W = np.concatenate((W_ih, W_hh), axis=1)
    return np.tanh(xh @ W.T + b_ih + b_hh)
