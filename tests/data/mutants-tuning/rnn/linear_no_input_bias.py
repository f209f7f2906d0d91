import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    out = np.dot(x, W_ih.T)
    out += np.dot(h_prev, W_hh.T)
    out += b_hh
    return out
