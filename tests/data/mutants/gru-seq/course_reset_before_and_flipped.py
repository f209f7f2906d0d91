import numpy as np


def _cell(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    Wr, Wz, Wn = np.split(W_ih, 3)
    Ur, Uz, Un = np.split(W_hh, 3)
    br, bz, bn = np.split(b_ih, 3)
    cr, cz, cn = np.split(b_hh, 3)
    r = 1 / (1 + np.exp(-(x @ Wr.T + br + h @ Ur.T + cr)))
    z = 1 / (1 + np.exp(-(x @ Wz.T + bz + h @ Uz.T + cz)))
    h_hat = np.tanh(x @ Wn.T + bn + (r * h) @ Un.T + cn)
    return z * h_hat + (1 - z) * h


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    hs = []
    h = h0
    for t in range(x.shape[0]):
        h = _cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        hs.append(h)
    return np.array(hs), h
