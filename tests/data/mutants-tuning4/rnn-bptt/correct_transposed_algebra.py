import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    hs = [h0]
    for t in range(T):
        hs.append(np.tanh(x[t] @ W_ih.T + b_ih + hs[-1] @ W_hh.T + b_hh))
    hs = np.stack(hs)                               # (T + 1, B, H)
    dzs = np.zeros_like(dout)
    dh = np.zeros_like(h0)
    for t in range(T - 1, -1, -1):
        dzs[t] = (dout[t] + dh) * (1.0 - hs[t + 1] * hs[t + 1])
        dh = dzs[t] @ W_hh
    dx = dzs @ W_ih
    dW_ih = np.einsum("tbh,tbd->hd", dzs, x)
    dW_hh = np.einsum("tbh,tbk->hk", dzs, hs[:-1])
    db = dzs.sum(axis=(0, 1))
    return dx, dh, dW_ih, dW_hh, db, db.copy()
