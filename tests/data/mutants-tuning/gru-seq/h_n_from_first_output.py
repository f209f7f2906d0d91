import numpy as np


def _step(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gi = x @ W_ih.T + b_ih
    gh = h @ W_hh.T + b_hh
    r = 0.5 * (1 + np.tanh(0.5 * (gi[:, :H] + gh[:, :H])))
    z = 0.5 * (1 + np.tanh(0.5 * (gi[:, H:2 * H] + gh[:, H:2 * H])))
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1 - z) * n + z * h


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    outputs = np.zeros((x.shape[0],) + h0.shape)
    h = h0
    for t in range(x.shape[0]):
        h = _step(x[t], h, W_ih, W_hh, b_ih, b_hh)
        outputs[t] = h
    return outputs, outputs[0]
