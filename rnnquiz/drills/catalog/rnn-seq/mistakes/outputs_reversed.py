"""Mistake `outputs-reversed`: each new state inserted at the front of the list."""

import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    h = h0
    outputs = []
    for t in range(x.shape[0]):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        outputs.insert(0, h)
    return np.stack(outputs), h
