import numpy as np


def _run(x, h, W_ih, W_hh, b_ih, b_hh):
    out = []
    for xt in x:
        h = np.tanh(xt @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        out.append(h)
    return np.array(out), h


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    f, hf = _run(x, h0[0], W_ih, W_hh, b_ih, b_hh)
    b, hb = _run(x[::-1], h0[1], W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev)
    outputs = np.concatenate([f, b[::-1]], axis=2)
    return outputs, np.stack([hf, hb]), outputs @ W_y.T + b_y
