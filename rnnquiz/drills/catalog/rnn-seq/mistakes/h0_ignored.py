"""Mistake `h0-ignored`: the loop starts from a zero state."""

import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    h = np.zeros((B, W_hh.shape[0]))
    outputs = []
    for t in range(T):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        outputs.append(h)
    return np.stack(outputs), h
