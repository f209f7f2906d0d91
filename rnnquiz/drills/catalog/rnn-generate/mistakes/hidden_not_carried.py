"""Mistake `hidden-not-carried`: every step starts from h0."""

import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    token = start
    out = []
    for _ in range(steps):
        h = np.tanh(E[token] @ W_ih.T + b_ih + h0 @ W_hh.T + b_hh)  # should use the previous h
        token = np.argmax(h @ W_out.T + b_out, axis=1)
        out.append(token)
    return np.array(out, dtype=np.int64)
