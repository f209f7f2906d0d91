"""Mistake `state-not-carried`: every step computed from h0."""

import numpy as np


def _rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    outputs = []
    for t in range(x.shape[0]):
        h = _rnn_cell(x[t], h0, W_ih, W_hh, b_ih, b_hh)
        outputs.append(h)
    return np.stack(outputs), h
