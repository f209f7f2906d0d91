"""Mistake `hidden-not-carried`: every step starts from h0."""

import numpy as np


def _rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    token = start
    out = []
    for _ in range(steps):
        h = _rnn_cell(E[token], h0, W_ih, W_hh, b_ih, b_hh)  # should use the previous h
        token = np.argmax(h @ W_out.T + b_out, axis=1)
        out.append(token)
    return np.array(out, dtype=np.int64)
