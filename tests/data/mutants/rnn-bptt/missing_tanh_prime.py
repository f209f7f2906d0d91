import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    hs = [h0]
    for t in range(T):
        hs.append(np.tanh(x[t] @ W_ih.T + b_ih + hs[-1] @ W_hh.T + b_hh))
    dx = np.zeros_like(x)
    dW_ih, dW_hh, db = np.zeros_like(W_ih), np.zeros_like(W_hh), np.zeros_like(b_ih)
    carry = np.zeros_like(h0)
    for t in range(T - 1, -1, -1):
        dz = dout[t] + carry              # tanh' forgotten
        dx[t] = dz @ W_ih
        dW_ih += dz.T @ x[t]
        dW_hh += dz.T @ hs[t]
        db += dz.sum(0)
        carry = dz @ W_hh
    return dx, carry, dW_ih, dW_hh, db, db.copy()
