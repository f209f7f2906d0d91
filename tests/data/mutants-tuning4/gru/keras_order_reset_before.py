import numpy as np


def sig(a):
    return 1 / (1 + np.exp(-a))


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # ported from a Keras-style GRU: kernels [z | r | h], reset applied to the state before the matmul
    H = h_prev.shape[1]
    Wz, Wr, Wh = W_ih[:H], W_ih[H:2 * H], W_ih[2 * H:]
    Uz, Ur, Uh = W_hh[:H], W_hh[H:2 * H], W_hh[2 * H:]
    bz, br, bh = b_ih[:H] + b_hh[:H], b_ih[H:2 * H] + b_hh[H:2 * H], b_ih[2 * H:]
    z = sig(x @ Wz.T + h_prev @ Uz.T + bz)
    r = sig(x @ Wr.T + h_prev @ Ur.T + br)
    hh = np.tanh(x @ Wh.T + bh + (r * h_prev) @ Uh.T + b_hh[2 * H:])
    return z * h_prev + (1 - z) * hh
