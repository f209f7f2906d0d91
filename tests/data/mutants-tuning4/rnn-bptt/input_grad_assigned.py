import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = len(x)
    hs = {-1: h0}
    for t in range(T):
        hs[t] = np.tanh(x[t] @ W_ih.T + b_ih + hs[t - 1] @ W_hh.T + b_hh)
    dx = np.zeros_like(x)
    dWx = np.zeros_like(W_ih)
    dWh = np.zeros_like(W_hh)
    db = np.zeros_like(b_ih)
    carry = np.zeros_like(h0)
    for t in range(T - 1, -1, -1):
        g = (dout[t] + carry) * (1 - hs[t] ** 2)
        dx[t] = g @ W_ih
        dWx = g.T @ x[t]                 # input weight gradient
        dWh += g.T @ hs[t - 1]
        db += g.sum(0)
        carry = g @ W_hh
    return dx, carry, dWx, dWh, db, db.copy()
