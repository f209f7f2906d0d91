import numpy as np


def _sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    h = h0
    seq = []
    for t in range(x.shape[0]):
        gates = x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh
        i = _sig(gates[:, :H])
        f = _sig(gates[:, H:2 * H])
        g = np.tanh(gates[:, 2 * H:3 * H])
        o = _sig(gates[:, 3 * H:])
        c = f * c0 + i * g
        h = o * np.tanh(c)
        seq.append(h)
    return np.stack(seq), h, c
