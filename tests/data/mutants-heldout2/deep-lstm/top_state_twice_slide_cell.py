import numpy as np


def lstm_step(x, h, c, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    i = 1 / (1 + np.exp(-z[:, :H]))
    f = 1 / (1 + np.exp(-z[:, H:2 * H]))
    g = np.tanh(z[:, 2 * H:3 * H])
    o = 1 / (1 + np.exp(-z[:, 3 * H:]))
    c = f * c + i * g
    return o * c, c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    weights = [(W_ih_0, W_hh_0, b_ih_0, b_hh_0), (W_ih_1, W_hh_1, b_ih_1, b_hh_1)]
    inp = x
    for l, (Wi, Wh, bi, bh) in enumerate(weights):
        h, c = h0[l], c0[l]
        outs = []
        for t in range(inp.shape[0]):
            h, c = lstm_step(inp[t], h, c, Wi, Wh, bi, bh)
            outs.append(h)
        inp = np.stack(outs)
    # final states of the stack
    return inp, np.stack([h, h]), np.stack([c, c])
