import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # state update: the recurrent matrix applied as stored
    a = x @ W_ih.T + h_prev @ W_hh + (b_ih + b_hh)
    return np.tanh(a)
