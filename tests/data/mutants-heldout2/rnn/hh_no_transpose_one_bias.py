import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # input part and recurrent part
    from_input = np.dot(x, W_ih.T) + b_ih
    from_state = np.dot(h_prev, W_hh)
    return np.tanh(from_input + from_state)
