import numpy as np


def _sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    gi = np.split(x @ W_ih.T + b_ih, 3, axis=1)
    gh = np.split(h_prev @ W_hh.T + b_hh, 3, axis=1)
    r = _sig(gi[0] + gh[0])
    z = _sig(gi[1] + gh[1])
    n = _sig(gi[2] + r * gh[2])
    return (1 - z) * n + z * h_prev
