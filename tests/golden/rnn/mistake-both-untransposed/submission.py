import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # W stored (in, out)? then no transpose is needed -- but PyTorch stores (out, in)
    return np.tanh(x @ W_ih + b_ih + h_prev @ W_hh + b_hh)
