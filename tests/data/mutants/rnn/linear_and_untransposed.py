import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # no nonlinearity, and the recurrent weight used as stored
    return x @ W_ih.T + b_ih + h_prev @ W_hh + b_hh
