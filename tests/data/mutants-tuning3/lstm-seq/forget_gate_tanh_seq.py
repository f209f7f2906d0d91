import numpy as np

def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    h, c = h0, c0
    outs = []
    for xt in x:
        a = xt @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i = 1 / (1 + np.exp(-a[:, :H]))
        f = np.tanh(a[:, H:2*H])
        g = np.tanh(a[:, 2*H:3*H])
        o = 1 / (1 + np.exp(-a[:, 3*H:]))
        c = f * c + i * g
        h = o * np.tanh(c)
        outs.append(h)
    return np.stack(outs), h, c
