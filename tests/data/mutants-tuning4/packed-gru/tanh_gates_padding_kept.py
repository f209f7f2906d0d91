import numpy as np


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    outputs = np.zeros((T, B, H))
    h = h0.copy()
    for t in range(T):
        gi = x[t] @ W_ih.T + b_ih
        gh = h @ W_hh.T + b_hh
        r = np.tanh(gi[:, :H] + gh[:, :H])
        z = np.tanh(gi[:, H:2 * H] + gh[:, H:2 * H])
        n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
        new = (1 - z) * n + z * h
        keep = (t >= lengths)[:, None]
        h = np.where(keep, h, new)
        outputs[t] = new
    return outputs, h
