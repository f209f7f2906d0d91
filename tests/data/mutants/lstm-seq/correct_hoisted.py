import numpy as np


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    xp = np.einsum("tbd,gd->tbg", x, W_ih) + b_ih + b_hh
    outs = np.empty((T, B, H))
    h, c = h0, c0
    for t in range(T):
        a = xp[t] + h @ W_hh.T
        i, f, o = (0.5 * (1 + np.tanh(0.5 * a[:, k * H:(k + 1) * H])) for k in (0, 1, 3))
        g = np.tanh(a[:, 2 * H:3 * H])
        c = f * c + i * g
        h = o * np.tanh(c)
        outs[t] = h
    return outs, h, c
