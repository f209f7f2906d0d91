import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    W_xh, W_hh_t = W_ih.T, W_hh.T
    b_h = b_ih + b_hh
    return np.tanh(np.matmul(x, W_xh) + np.matmul(h_prev, W_hh_t) + b_h)
