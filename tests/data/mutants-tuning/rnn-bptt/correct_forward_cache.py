import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T, B, _ = x.shape
    H = h0.shape[1]
    h = np.zeros((T + 1, B, H))
    h[0] = h0
    for t in range(T):
        h[t + 1] = np.tanh(x[t] @ W_ih.T + h[t] @ W_hh.T + b_ih + b_hh)
    dx = np.empty_like(x)
    dW_ih = np.zeros_like(W_ih)
    dW_hh = np.zeros_like(W_hh)
    db = np.zeros(H)
    g = np.zeros((B, H))
    for t in range(T - 1, -1, -1):
        dz = (dout[t] + g) * (1 - h[t + 1] * h[t + 1])
        dx[t] = dz @ W_ih
        dW_ih = dW_ih + np.einsum("bh,bd->hd", dz, x[t])
        dW_hh = dW_hh + np.einsum("bh,bk->hk", dz, h[t])
        db = db + dz.sum(axis=0)
        g = dz @ W_hh
    return dx, g, dW_ih, dW_hh, db, db.copy()
