import numpy as np


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    h = h0
    outs = []
    for xt in x:
        ir, iz, i_n = np.split(xt @ W_ih.T + b_ih, 3, axis=1)
        hr, hz, hn = np.split(h @ W_hh.T + b_hh, 3, axis=1)
        r = 1 / (1 + np.exp(-(ir + hr)))
        z = 1 / (1 + np.exp(-(iz + hz)))
        n = np.tanh(i_n + r * hn)
        h = (1 - z) * n + z * h
        outs.append(h)
    return np.stack(outs), h
