import numpy as np


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    sig = lambda v: 0.5 + 0.5 * np.tanh(0.5 * v)
    proj = np.einsum("tbd,gd->tbg", x, W_ih) + (b_ih + b_hh)
    h, c = h0, c0
    hs = []
    for t in range(T):
        i, f, g, o = np.split(proj[t] + h @ W_hh.T, 4, axis=-1)
        c = sig(f) * c + sig(i) * np.tanh(g)
        h = sig(o) * np.tanh(c)
        hs.append(h)
    return np.stack(hs), hs[-1], c
