import numpy as np

def cell(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gi, gh = x @ W_ih.T + b_ih, h @ W_hh.T + b_hh
    r = 1 / (1 + np.exp(-(gi[:, :H] + gh[:, :H])))
    z = 1 / (1 + np.exp(-(gi[:, H:2*H] + gh[:, H:2*H])))
    n = np.tanh(gi[:, 2*H:] + r * gh[:, 2*H:])
    return (1 - z) * n + z * h

def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    h = np.zeros_like(h0)
    out = []
    for t in range(len(x)):
        h = cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        out.append(h)
    return np.stack(out), h
