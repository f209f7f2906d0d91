import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    a = np.dot(x, W_ih.T) + b_ih + np.dot(h_prev, W_hh.T)
    return np.maximum(0, a)
