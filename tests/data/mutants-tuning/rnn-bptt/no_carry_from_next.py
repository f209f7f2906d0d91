import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    hs = {-1: h0}
    for t in range(T):
        hs[t] = np.tanh(x[t] @ W_ih.T + b_ih + hs[t - 1] @ W_hh.T + b_hh)
    dx = np.zeros_like(x)
    dWx, dWh = np.zeros_like(W_ih), np.zeros_like(W_hh)
    db = np.zeros_like(b_ih)
    dprev = np.zeros_like(h0)
    for t in range(T - 1, -1, -1):
        da = dout[t] * (1 - hs[t] ** 2)          # only this step's gradient
        dx[t] = da @ W_ih
        dWx += da.T @ x[t]
        dWh += da.T @ hs[t - 1]
        db += da.sum(0)
        dprev = da @ W_hh
    return dx, dprev, dWx, dWh, db, db.copy()
