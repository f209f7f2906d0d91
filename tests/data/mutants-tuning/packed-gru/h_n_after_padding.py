import numpy as np


def _gru(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gi, gh = x @ W_ih.T + b_ih, h @ W_hh.T + b_hh
    r = 1 / (1 + np.exp(-(gi[:, :H] + gh[:, :H])))
    z = 1 / (1 + np.exp(-(gi[:, H:2 * H] + gh[:, H:2 * H])))
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1 - z) * n + z * h


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    T, B = x.shape[:2]
    out = np.zeros((T, B, h0.shape[1]))
    h = h0
    for t in range(T):
        h = _gru(x[t], h, W_ih, W_hh, b_ih, b_hh)      # padded steps update h too
        out[t] = h * (t < lengths)[:, None]
    return out, h
