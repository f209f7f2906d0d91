import numpy as np


def sig(t):
    return 1.0 / (1.0 + np.exp(-t))


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[-1]
    W_ir, W_iz, W_in = W_ih[:H], W_ih[H:2 * H], W_ih[2 * H:]
    W_hr, W_hz, W_hn = W_hh[:H], W_hh[H:2 * H], W_hh[2 * H:]
    b_ir, b_iz, b_in = b_ih[:H], b_ih[H:2 * H], b_ih[2 * H:]
    b_hr, b_hz, b_hn = b_hh[:H], b_hh[H:2 * H], b_hh[2 * H:]

    r = sig(x @ W_ir.T + b_ir + h_prev @ W_hr.T + b_hr)
    z = sig(x @ W_iz.T + b_iz + h_prev @ W_hz.T + b_hz)
    # candidate looks at the reset-scaled memory
    n = np.tanh(x @ W_in.T + b_in + (r * h_prev) @ W_hn.T + b_hn)
    return (1 - z) * n + z * h_prev
