import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    hs = {-1: h0}
    for t in range(T):
        hs[t] = np.tanh(x[t] @ W_ih.T + b_ih + hs[t - 1] @ W_hh.T + b_hh)

    dx = np.zeros_like(x)
    dh_next = np.zeros_like(h0)
    for t in reversed(range(T)):
        dz = (dout[t] + dh_next) * (1 - hs[t] * hs[t])
        dx[t] = dz @ W_ih
        dW_ih = np.dot(dz.T, x[t])
        dW_hh = np.dot(dz.T, hs[t - 1])
        db_ih = np.sum(dz, axis=0)
        db_hh = np.sum(dz, axis=0)
        dh_next = dz @ W_hh
    return dx, dh_next, dW_ih, dW_hh, db_ih, db_hh
