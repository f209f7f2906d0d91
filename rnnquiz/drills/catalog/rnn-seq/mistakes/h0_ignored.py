"""Mistake `h0-ignored`: the loop starts from a zero state."""

import numpy as np


def _rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    h = np.zeros((B, W_hh.shape[0]))
    outputs = []
    for t in range(T):
        h = _rnn_cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        outputs.append(h)
    return np.stack(outputs), h
