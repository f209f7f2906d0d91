import numpy as np


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    W_ir, W_iz, W_in = np.split(W_ih, 3)
    W_hr, W_hz, W_hn = np.split(W_hh, 3)
    b_ir, b_iz, b_in = np.split(b_ih, 3)
    b_hr, b_hz, b_hn = np.split(b_hh, 3)
    sig = lambda a: 1 / (1 + np.exp(-a))
    h = h0
    hs = []
    for t in range(x.shape[0]):
        r = sig(x[t] @ W_ir.T + b_ir + h @ W_hr.T + b_hr)
        z = sig(x[t] @ W_iz.T + b_iz + h @ W_hz.T + b_hz)
        n = np.tanh(x[t] @ W_in.T + b_in + (r * h) @ W_hn.T + b_hn)
        h = (1 - z) * n + z * h
        hs.append(h)
    return np.array(hs), h
