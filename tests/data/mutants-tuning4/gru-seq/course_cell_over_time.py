import numpy as np


def _cell(xt, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gx = xt @ W_ih.T + b_ih
    r = 1 / (1 + np.exp(-(gx[:, :H] + h @ W_hh[:H].T + b_hh[:H])))
    u = 1 / (1 + np.exp(-(gx[:, H:2 * H] + h @ W_hh[H:2 * H].T + b_hh[H:2 * H])))
    cand = np.tanh(gx[:, 2 * H:] + (r * h) @ W_hh[2 * H:].T + b_hh[2 * H:])
    return u * cand + (1 - u) * h


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    outputs = np.zeros(x.shape[:2] + (h0.shape[1],))
    h = h0
    for t in range(len(x)):
        h = _cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        outputs[t] = h
    return outputs, h
