import numpy as np


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    pre = {}
    for k, name in enumerate("rzn"):
        rows = slice(k * H, (k + 1) * H)
        pre[name] = (x @ W_ih[rows].T + b_ih[rows], h_prev @ W_hh[rows].T + b_hh[rows])
    r = 0.5 * (1 + np.tanh(0.5 * sum(pre["r"])))
    z = 0.5 * (1 + np.tanh(0.5 * sum(pre["z"])))
    n = np.tanh(pre["n"][0] + r * pre["n"][1])
    return h_prev + (1 - z) * (n - h_prev)
