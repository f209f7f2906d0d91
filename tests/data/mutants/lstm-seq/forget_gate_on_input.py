import numpy as np


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    T = x.shape[0]
    outputs = np.zeros((T,) + h0.shape)
    h, c = h0.copy(), c0.copy()
    for t in range(T):
        z = x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh
        i, f, g, o = np.split(z, 4, axis=1)
        i, f, o = (1 / (1 + np.exp(-v)) for v in (i, f, o))
        g = np.tanh(g)
        c = i * c + f * g
        h = o * np.tanh(c)
        outputs[t] = h
    return outputs, h, c
