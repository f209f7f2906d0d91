import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    z = x.dot(W_ih.T) + h_prev.dot(W_hh.T) + b_hh
    return 1.0 / (1.0 + np.exp(-z))
