import numpy as np


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    xp = x @ W_ih.T + b_ih
    hp = h_prev @ W_hh.T          # hidden projection without its bias
    reset = 1 / (1 + np.exp(-(xp[:, :H] + hp[:, :H] + b_hh[:H])))
    update = np.tanh(xp[:, H:2 * H] + hp[:, H:2 * H] + b_hh[H:2 * H])
    cand = np.tanh(xp[:, 2 * H:] + reset * hp[:, 2 * H:] + b_hh[2 * H:])
    return (1 - update) * cand + update * h_prev
