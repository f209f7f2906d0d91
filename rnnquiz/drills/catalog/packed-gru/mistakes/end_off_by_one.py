"""Mistake `end-off-by-one`: h_n gathered at index lengths - 2."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    gi = x @ W_ih.T + b_ih
    gh = h_prev @ W_hh.T + b_hh
    r = _sigmoid(gi[:, :H] + gh[:, :H])
    z = _sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1 - z) * n + z * h_prev


def _gru_all_steps(x, h, W_ih, W_hh, b_ih, b_hh):
    states = []
    for t in range(x.shape[0]):
        h = _gru_cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        states.append(h)
    return np.stack(states), h


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    states, _ = _gru_all_steps(x, h0, W_ih, W_hh, b_ih, b_hh)
    mask = np.arange(x.shape[0])[:, None] < lengths[None, :]
    outputs = states * mask[..., None]
    h_n = outputs[lengths - 2, np.arange(x.shape[1])]  # should be lengths - 1
    return outputs, h_n
