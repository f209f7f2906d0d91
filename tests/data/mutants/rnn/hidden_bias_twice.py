import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    input_part = x @ W_ih.T + b_hh
    hidden_part = h_prev @ W_hh.T + b_hh
    return np.tanh(input_part + hidden_part)
