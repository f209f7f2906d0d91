import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # one sample at a time, as on the slide (column vectors)
    rows = []
    for b in range(x.shape[0]):
        a = W_ih.dot(x[b]) + b_ih + W_hh.dot(h_prev[b]) + b_hh
        rows.append(np.tanh(a))
    return np.stack(rows)
