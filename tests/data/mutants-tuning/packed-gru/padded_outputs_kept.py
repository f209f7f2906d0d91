import numpy as np


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    sig = lambda v: 0.5 * (1 + np.tanh(0.5 * v))
    T = x.shape[0]
    outputs = np.zeros((T,) + h0.shape)
    h = h0
    for t in range(T):
        gi = x[t] @ W_ih.T + b_ih
        gh = h @ W_hh.T + b_hh
        r = sig(gi[:, :H] + gh[:, :H])
        z = sig(gi[:, H:2 * H] + gh[:, H:2 * H])
        n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
        new = (1 - z) * n + z * h
        alive = (lengths > t)[:, None]
        h = np.where(alive, new, h)
        outputs[t] = new                  # padded positions not zeroed
    return outputs, h
