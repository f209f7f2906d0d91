import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    x, h_prev, W_ih, W_hh, b_ih, b_hh = (t.detach().numpy() for t in (x, h_prev, W_ih, W_hh, b_ih, b_hh))
    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)
