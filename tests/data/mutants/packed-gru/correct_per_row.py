import numpy as np


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    outputs = np.zeros(x.shape[:2] + (H,))
    h_n = np.empty_like(h0)
    for b, L in enumerate(lengths):
        h = h0[b]
        for t in range(L):
            ir, iz, i_n = np.split(W_ih @ x[t, b] + b_ih, 3)
            hr, hz, hn = np.split(W_hh @ h + b_hh, 3)
            r = 1 / (1 + np.exp(-(ir + hr)))
            z = 1 / (1 + np.exp(-(iz + hz)))
            n = np.tanh(i_n + r * hn)
            h = (1 - z) * n + z * h
            outputs[t, b] = h
        h_n[b] = h
    return outputs, h_n
