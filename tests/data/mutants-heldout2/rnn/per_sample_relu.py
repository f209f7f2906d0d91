import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # go sample by sample so the shapes stay easy to follow
    out = []
    for xi, hi in zip(x, h_prev):
        a = W_ih @ xi + b_ih + W_hh @ hi + b_hh   # (H,)
        out.append(np.maximum(a, 0.0))            # nonlinearity
    return np.stack(out)
