import numpy as np


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # d2l: H_tilde = tanh(X W_xh + (R * H) W_hh + b_h)
    H = h_prev.shape[1]
    s = lambda v: 1 / (1 + np.exp(-v))
    R = s(x @ W_ih[:H].T + b_ih[:H] + h_prev @ W_hh[:H].T + b_hh[:H])
    Z = s(x @ W_ih[H:2 * H].T + b_ih[H:2 * H] + h_prev @ W_hh[H:2 * H].T + b_hh[H:2 * H])
    H_tilde = np.tanh(x @ W_ih[2 * H:].T + b_ih[2 * H:] + (R * h_prev) @ W_hh[2 * H:].T + b_hh[2 * H:])
    return Z * h_prev + (1 - Z) * H_tilde
