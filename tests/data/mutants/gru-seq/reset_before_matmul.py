import numpy as np


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    sig = lambda v: 1 / (1 + np.exp(-v))
    h = h0
    outputs = []
    for xt in x:
        gi = xt @ W_ih.T + b_ih
        r = sig(gi[:, :H] + h @ W_hh[:H].T + b_hh[:H])
        z = sig(gi[:, H:2 * H] + h @ W_hh[H:2 * H].T + b_hh[H:2 * H])
        n = np.tanh(gi[:, 2 * H:] + (r * h) @ W_hh[2 * H:].T + b_hh[2 * H:])
        h = (1 - z) * n + z * h
        outputs.append(h)
    return np.stack(outputs), h
