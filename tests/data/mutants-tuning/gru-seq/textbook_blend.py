import numpy as np


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    sigma = lambda a: 1.0 / (1.0 + np.exp(-a))
    h, outs = h0, []
    for xt in x:
        gi, gh = xt @ W_ih.T + b_ih, h @ W_hh.T + b_hh
        r = sigma(gi[:, :H] + gh[:, :H])
        z = sigma(gi[:, H:2 * H] + gh[:, H:2 * H])
        n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
        h = z * n + (1 - z) * h      # the slide's convention
        outs.append(h)
    return np.stack(outs), h
