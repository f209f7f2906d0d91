"""Mistake `reverse-shares-weights`: the backward direction runs with the forward weights."""

import numpy as np


def _rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T = x.shape[0]
    h = h0[0]
    fwd = []
    for t in range(T):
        h = _rnn_cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        fwd.append(h)
    g = h0[1]
    bwd = [None] * T
    for t in reversed(range(T)):
        g = _rnn_cell(x[t], g, W_ih, W_hh, b_ih, b_hh)  # should be the *_rev weights
        bwd[t] = g
    outputs = np.concatenate([np.stack(fwd), np.stack(bwd)], axis=-1)
    h_n = np.stack([h, g])
    y = outputs @ W_y.T + b_y
    return outputs, h_n, y
