import numpy as np

def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    z = np.dot(x, W_ih.T) + np.dot(h_prev, W_hh.T) + b_ih
    return 1.0 / (1.0 + np.exp(-z))
