import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    hs = [h0]
    for xt in x:
        hs.append(np.tanh(xt @ W_ih.T + b_ih + hs[-1] @ W_hh.T + b_hh))
    dx = np.zeros_like(x)
    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)
    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)
    dh_prev = np.zeros_like(h0)
    for t in reversed(range(len(x))):
        dz = dout[t] * (1 - hs[t + 1] ** 2)     # only this step's loss
        dx[t] = dz @ W_ih
        dW_ih += dz.T @ x[t]
        dW_hh = dz.T @ hs[t]
        db_ih += dz.sum(axis=0)
        db_hh += dz.sum(axis=0)
        dh_prev = dz @ W_hh
    return dx, dh_prev, dW_ih, dW_hh, db_ih, db_hh
