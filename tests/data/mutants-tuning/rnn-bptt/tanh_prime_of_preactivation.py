import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = len(x)
    pre, hs = [], [h0]
    for t in range(T):
        a = x[t] @ W_ih.T + b_ih + hs[-1] @ W_hh.T + b_hh
        pre.append(a)
        hs.append(np.tanh(a))
    dx = np.zeros_like(x)
    gW_ih, gW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)
    gb = np.zeros_like(b_ih)
    dh_next = np.zeros_like(h0)
    for t in reversed(range(T)):
        dz = (dout[t] + dh_next) * (1 - pre[t] ** 2)   # derivative at the pre-activation
        dx[t] = dz @ W_ih
        gW_ih += dz.T @ x[t]
        gW_hh += dz.T @ hs[t]
        gb += dz.sum(axis=0)
        dh_next = dz @ W_hh
    return dx, dh_next, gW_ih, gW_hh, gb, gb.copy()
