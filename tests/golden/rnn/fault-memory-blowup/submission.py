import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # an outer product over the wrong axes: (B, D, H, H, ...) grows without bound
    table = np.zeros((x.shape[0], 10**6, 10**6))
    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh) + table[:, 0, :h_prev.shape[1]]
