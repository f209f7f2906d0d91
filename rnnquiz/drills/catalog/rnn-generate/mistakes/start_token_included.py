"""Mistake `start-token-included`: records the input token of each step, i.e. start, t_1, ..., t_(N-1)."""

import numpy as np


def _rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    token, h = start, h0
    out = []
    for _ in range(steps):
        out.append(token)  # should append the new prediction, after the step
        h = _rnn_cell(E[token], h, W_ih, W_hh, b_ih, b_hh)
        token = np.argmax(h @ W_out.T + b_out, axis=1)
    return np.array(out, dtype=np.int64)
