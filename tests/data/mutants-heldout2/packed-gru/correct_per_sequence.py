import numpy as np


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    outputs = np.zeros((T, B, H))
    h_n = np.zeros((B, H))
    for b in range(B):
        h = h0[b:b + 1]
        for t in range(int(lengths[b])):
            gi = x[t, b:b + 1] @ W_ih.T + b_ih
            gh = h @ W_hh.T + b_hh
            r = 1 / (1 + np.exp(-(gi[:, :H] + gh[:, :H])))
            z = 1 / (1 + np.exp(-(gi[:, H:2 * H] + gh[:, H:2 * H])))
            n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
            h = (1 - z) * n + z * h
            outputs[t, b] = h[0]
        h_n[b] = h[0]
    return outputs, h_n
