import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # column-vector convention from the slide: (H, B)
    return np.tanh(W_ih @ x.T + W_hh @ h_prev.T + (b_ih + b_hh)[:, None])
