import numpy as np


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    gx = x @ W_ih.T + b_ih
    gh = h_prev @ W_hh.T + b_hh
    r = np.tanh(gx[:, :H] + gh[:, :H])
    u = np.tanh(gx[:, H:2 * H] + gh[:, H:2 * H])
    cand = np.tanh(gx[:, 2 * H:] + r * gh[:, 2 * H:])
    return u * cand + (1 - u) * h_prev
