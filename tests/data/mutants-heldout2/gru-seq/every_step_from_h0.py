import numpy as np


def _gate(v):
    return 0.5 * (np.tanh(v / 2) + 1)


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    outs = []
    for t in range(x.shape[0]):
        a = x[t] @ W_ih.T + b_ih
        b = h0 @ W_hh.T + b_hh
        r = _gate(a[:, :H] + b[:, :H])
        z = _gate(a[:, H:2 * H] + b[:, H:2 * H])
        n = np.tanh(a[:, 2 * H:] + r * b[:, 2 * H:])
        h = (1 - z) * n + z * h0
        outs.append(h)
    return np.stack(outs), outs[-1]
