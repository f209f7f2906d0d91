import numpy as np


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    sig = lambda v: 1 / (1 + np.exp(-v))
    T, B = x.shape[:2]
    outputs = np.zeros((T, B, H))
    h_n = h0.copy()
    for b in range(B):
        h = h0[b:b + 1]
        for t in range(int(lengths[b])):
            xt = x[t, b:b + 1]
            r = sig(xt @ W_ih[:H].T + b_ih[:H] + h @ W_hh[:H].T + b_hh[:H])
            z = sig(xt @ W_ih[H:2 * H].T + b_ih[H:2 * H] + h @ W_hh[H:2 * H].T + b_hh[H:2 * H])
            n = np.tanh(xt @ W_ih[2 * H:].T + b_ih[2 * H:] + (r * h) @ W_hh[2 * H:].T + b_hh[2 * H:])
            h = (1 - z) * n + z * h
            outputs[t, b] = h[0]
        h_n[b] = h[0]
    return outputs, h_n
