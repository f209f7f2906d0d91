import numpy as np


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    outputs = np.zeros((T, B, H))
    h_n = np.zeros((B, H))
    for b in range(B):
        h = h0[b]
        for t in range(int(lengths[b])):
            gi = W_ih @ x[t, b] + b_ih
            gh = W_hh @ h + b_hh
            r = 1 / (1 + np.exp(-(gi[:H] + gh[:H])))
            z = 1 / (1 + np.exp(-(gi[H:2 * H] + gh[H:2 * H])))
            n = np.tanh(gi[2 * H:] + r * gh[2 * H:])
            h = z * n + (1 - z) * h
            outputs[t, b] = h
        h_n[b] = h
    return outputs, h_n
