import numpy as np


def _gru(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gi = x @ W_ih.T + b_ih
    gh = h @ W_hh.T + b_hh
    r = 1 / (1 + np.exp(-(gi[:, :H] + gh[:, :H])))
    z = 1 / (1 + np.exp(-(gi[:, H:2 * H] + gh[:, H:2 * H])))
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1 - z) * n + z * h


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    out = np.zeros((T, x.shape[1], W_hh.shape[1]))
    h = h0
    for t in range(T):
        alive = (t < lengths)[:, None]
        h = np.where(alive, _gru(x[t], h, W_ih, W_hh, b_ih, b_hh), h)
        out[t] = np.where(alive, h, 0.0)
    # the final state: the last row of the padded output
    return out, out[-1]
