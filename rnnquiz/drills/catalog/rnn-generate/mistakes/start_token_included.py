"""Mistake `start-token-included`: records the input token of each step, i.e. start, t_1, ..., t_(N-1)."""

import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    token, h = start, h0
    out = []
    for _ in range(steps):
        out.append(token)  # should append the new prediction, after the step
        h = np.tanh(E[token] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        token = np.argmax(h @ W_out.T + b_out, axis=1)
    return np.array(out, dtype=np.int64)
