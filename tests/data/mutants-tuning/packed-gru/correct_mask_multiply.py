import numpy as np


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    H = h0.shape[1]
    h = h0
    outs = []
    for t in range(T):
        gi = x[t] @ W_ih.T + b_ih
        gh = h @ W_hh.T + b_hh
        r = 1 / (1 + np.exp(-(gi[:, :H] + gh[:, :H])))
        z = 1 / (1 + np.exp(-(gi[:, H:2 * H] + gh[:, H:2 * H])))
        n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
        cand = (1 - z) * n + z * h
        m = (t < lengths).astype(float)[:, None]
        h = m * cand + (1 - m) * h
        outs.append(m * cand)
    return np.stack(outs), h
