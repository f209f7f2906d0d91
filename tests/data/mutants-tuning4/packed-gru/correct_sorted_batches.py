import numpy as np


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    # like pack_padded_sequence: at step t, only the sequences longer than t run
    T, B, _ = x.shape
    H = h0.shape[1]
    order = np.argsort(-lengths, kind="stable")
    xs, ls, h = x[:, order], lengths[order], h0[order].copy()
    out = np.zeros((T, B, H))
    for t in range(T):
        k = int((ls > t).sum())
        if k == 0:
            break
        gi = xs[t, :k] @ W_ih.T + b_ih
        gh = h[:k] @ W_hh.T + b_hh
        r = 1 / (1 + np.exp(-(gi[:, :H] + gh[:, :H])))
        z = 1 / (1 + np.exp(-(gi[:, H:2 * H] + gh[:, H:2 * H])))
        n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
        h[:k] = (1 - z) * n + z * h[:k]
        out[t, :k] = h[:k]
    undo = np.argsort(order)
    return out[:, undo], h[undo]
