import numpy as np


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    Wr, Wz, Wn = np.split(W_ih, 3)
    Ur, Uz, Un = np.split(W_hh, 3)
    bir, biz, bin_ = np.split(b_ih, 3)
    bhr, bhz, bhn = np.split(b_hh, 3)
    sig = lambda a: 1 / (1 + np.exp(-a))
    h = h0.copy()
    hs = []
    for t in range(len(x)):
        r = sig(x[t] @ Wr.T + bir + h @ Ur.T + bhr)
        z = sig(x[t] @ Wz.T + biz + h @ Uz.T + bhz)
        n = np.tanh(x[t] @ Wn.T + bin_ + r * (h @ Un.T + bhn))
        h = (1 - z) * n + z * h
        hs.append(h)
    return np.stack(hs), h
