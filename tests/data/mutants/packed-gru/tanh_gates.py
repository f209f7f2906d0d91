import numpy as np


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    outputs = np.zeros(x.shape[:2] + (H,))
    h_n = h0.copy()
    for b in range(x.shape[1]):
        h = h0[b:b + 1]
        for t in range(lengths[b]):
            gi = x[t, b:b + 1] @ W_ih.T + b_ih
            gh = h @ W_hh.T + b_hh
            r = np.tanh(gi[:, :H] + gh[:, :H])
            z = np.tanh(gi[:, H:2 * H] + gh[:, H:2 * H])
            n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
            h = (1 - z) * n + z * h
            outputs[t, b] = h[0]
        h_n[b] = h[0]
    return outputs, h_n
