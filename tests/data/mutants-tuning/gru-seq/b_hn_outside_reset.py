import numpy as np


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    H = h0.shape[1]
    out = np.empty((T,) + h0.shape)
    h = h0
    for t in range(T):
        xr, xz, xn = np.split(x[t] @ W_ih.T + b_ih, 3, axis=1)
        hr, hz, hn = np.split(h @ W_hh.T, 3, axis=1)
        br, bz, bn = np.split(b_hh, 3)
        r = 1 / (1 + np.exp(-(xr + hr + br)))
        z = 1 / (1 + np.exp(-(xz + hz + bz)))
        n = np.tanh(xn + r * hn + bn)
        h = (1 - z) * n + z * h
        out[t] = h
    return out, h
