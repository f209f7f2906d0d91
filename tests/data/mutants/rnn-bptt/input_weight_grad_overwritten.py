import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    hs = [h0]
    for t in range(T):
        hs.append(np.tanh(x[t] @ W_ih.T + b_ih + hs[-1] @ W_hh.T + b_hh))
    dx, dW_hh = np.zeros_like(x), np.zeros_like(W_hh)
    db = np.zeros_like(b_ih)
    dh_next = np.zeros_like(h0)
    for t in reversed(range(T)):
        dz = (dout[t] + dh_next) * (1 - hs[t + 1] ** 2)
        dx[t] = dz @ W_ih
        dW_ih = dz.T @ x[t]              # = instead of +=
        dW_hh += dz.T @ hs[t]
        db += dz.sum(axis=0)
        dh_next = dz @ W_hh
    return dx, dh_next, dW_ih, dW_hh, db, db.copy()
