import numpy as np


def _sigmoid(v):
    return 1 / (1 + np.exp(-v))


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    out = np.zeros((T, B, H))
    h = h0
    for t in range(T):
        gi = x[t] @ W_ih.T + b_ih
        gh = h @ W_hh.T + b_hh
        r = _sigmoid(gi[:, :H] + gh[:, :H])
        z = _sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
        n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
        h = (1 - z) * n + z * h
        alive = (t < lengths).astype(float)[:, None]
        out[t] = h * alive          # zero the padding
    return out, h
