import numpy as np


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    layers = [(W_ih_0, W_hh_0, b_ih_0 + b_hh_0), (W_ih_1, W_hh_1, b_ih_1 + b_hh_1)]
    H = h0.shape[2]
    inp = x
    h_n, c_n = [], []
    for k, (Wi, Wh, b) in enumerate(layers):
        h, c = h0[k], c0[k]
        outs = []
        for t in range(inp.shape[0]):
            a = inp[t] @ Wi.T + h @ Wh.T + b
            i, f, g, o = np.split(a, 4, axis=1)
            c = c / (1 + np.exp(-f)) + np.tanh(g) / (1 + np.exp(-i))
            h = c / (1 + np.exp(-o))            # the slide's h = o * c
            outs.append(h)
        inp = np.stack(outs)
        h_n.append(h)
        c_n.append(c)
    return inp, np.stack(h_n), np.stack(c_n)
