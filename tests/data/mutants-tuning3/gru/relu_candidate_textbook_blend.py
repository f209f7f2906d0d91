import numpy as np

def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    gi = x @ W_ih.T + b_ih
    gh = h_prev @ W_hh.T + b_hh
    ir, iz, inn = np.split(gi, 3, axis=1)
    hr, hz, hn = np.split(gh, 3, axis=1)
    r = 1 / (1 + np.exp(-(ir + hr)))
    z = 1 / (1 + np.exp(-(iz + hz)))
    n = np.maximum(0, inn + r * hn)
    return z * n + (1 - z) * h_prev
