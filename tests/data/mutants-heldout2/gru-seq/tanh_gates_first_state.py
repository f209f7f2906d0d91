import numpy as np


def step(xt, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gx = xt @ W_ih.T + b_ih
    gh = h @ W_hh.T + b_hh
    reset = np.tanh(gx[:, :H] + gh[:, :H])
    update = np.tanh(gx[:, H:2 * H] + gh[:, H:2 * H])
    new = np.tanh(gx[:, 2 * H:] + reset * gh[:, 2 * H:])
    return (1 - update) * new + update * h


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    out = np.zeros((T, B, h0.shape[1]))
    h = h0
    for t in range(T):
        h = step(x[t], h, W_ih, W_hh, b_ih, b_hh)
        out[t] = h
    return out, out[0]
