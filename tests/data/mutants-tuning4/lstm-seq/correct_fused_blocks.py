import numpy as np


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    xw = np.einsum("tbd,kd->tbk", x, W_ih) + (b_ih + b_hh)
    outputs = np.empty((T, B, H))
    h, c = h0, c0
    t = 0
    while t < T:
        gates = (xw[t] + h @ W_hh.T).reshape(B, 4, H)
        i = 0.5 * (1 + np.tanh(0.5 * gates[:, 0]))
        f = 0.5 * (1 + np.tanh(0.5 * gates[:, 1]))
        g = np.tanh(gates[:, 2])
        o = 0.5 * (1 + np.tanh(0.5 * gates[:, 3]))
        c = f * c + i * g
        h = o * np.tanh(c)
        outputs[t] = h
        t += 1
    return outputs, h, c
