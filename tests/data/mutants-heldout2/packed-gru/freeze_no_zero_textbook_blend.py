import numpy as np


def gru_step(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    xr, xz, xn = np.split(x @ W_ih.T + b_ih, 3, axis=1)
    hr, hz, hn = np.split(h @ W_hh.T + b_hh, 3, axis=1)
    r = 1 / (1 + np.exp(-(xr + hr)))
    z = 1 / (1 + np.exp(-(xz + hz)))
    n = np.tanh(xn + r * hn)
    return z * n + (1 - z) * h


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    h = h0.copy()
    outputs = []
    for t in range(T):
        cand = gru_step(x[t], h, W_ih, W_hh, b_ih, b_hh)
        keep = (lengths > t)[:, None]
        h = np.where(keep, cand, h)
        outputs.append(h)
    return np.stack(outputs), h
