import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    cache = []
    h = h0
    for t in range(T):
        h_new = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        cache.append((x[t], h, h_new))
        h = h_new
    dx = np.zeros_like(x)
    dW_ih, dW_hh, db = np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih)
    dprev = np.zeros_like(h0)
    for t in range(T - 1, -1, -1):
        xt, hp, hn = cache[t]
        da = (dout[t] + dprev) * (1 - hn * hn)
        dx[t] = da @ W_ih
        dW_ih += da.T @ xt
        dW_hh += da.T @ hp
        db += da.sum(axis=0)
        dprev = da @ W_hh
    return dx, dprev, dW_ih, dW_hh, db, db.copy()
