import numpy as np


def sigmoid(v):
    return 1 / (1 + np.exp(-v))


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    H = a_prev.shape[1]
    cand = sigmoid(a_prev @ W_c[:, :H].T + x @ W_c[:, H:].T + b_c)
    upd = sigmoid(a_prev @ W_u[:, :H].T + x @ W_u[:, H:].T + b_u)
    return (1 - upd) * cand + upd * a_prev
