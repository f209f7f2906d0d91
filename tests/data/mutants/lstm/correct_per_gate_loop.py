import numpy as np


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    acts = []
    for k, fn in enumerate(["s", "s", "t", "s"]):
        rows = slice(k * H, (k + 1) * H)
        pre = x @ W_ih[rows].T + b_ih[rows] + h_prev @ W_hh[rows].T + b_hh[rows]
        acts.append(np.tanh(pre) if fn == "t" else 1 / (1 + np.exp(-pre)))
    i, f, g, o = acts
    c = f * c_prev + i * g
    return o * np.tanh(c), c
