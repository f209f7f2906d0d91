import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # forgot b_ih: only the recurrent bias is added
    return np.tanh(x @ W_ih.T + h_prev @ W_hh.T + b_hh)
