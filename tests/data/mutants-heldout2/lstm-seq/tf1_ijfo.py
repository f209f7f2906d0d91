import numpy as np


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    # project every input at once, then run the recurrence
    T, B, D = x.shape
    H = h0.shape[1]
    xproj = (x.reshape(T * B, D) @ W_ih.T).reshape(T, B, 4 * H) + b_ih + b_hh
    h, c = h0.copy(), c0.copy()
    out = np.empty((T, B, H))
    for t in range(T):
        z = xproj[t] + h @ W_hh.T
        i, j, f, o = (z[:, k * H:(k + 1) * H] for k in range(4))
        c = c / (1 + np.exp(-f)) + np.tanh(j) / (1 + np.exp(-i))
        h = np.tanh(c) / (1 + np.exp(-o))
        out[t] = h
    return out, h, c
