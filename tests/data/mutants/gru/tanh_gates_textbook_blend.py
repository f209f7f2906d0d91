import numpy as np


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    xi = x @ W_ih.T + b_ih
    hh = h_prev @ W_hh.T + b_hh
    reset = np.tanh(xi[:, 0:H] + hh[:, 0:H])
    update = np.tanh(xi[:, H:2 * H] + hh[:, H:2 * H])
    cand = np.tanh(xi[:, 2 * H:3 * H] + reset * hh[:, 2 * H:3 * H])
    return update * cand + (1 - update) * h_prev
