"""Mistake `weight-grads-overwritten`: dW = ... instead of dW += ...; only step 0 is kept."""

import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    hs = [h0]
    for t in range(T):
        hs.append(np.tanh(x[t] @ W_ih.T + b_ih + hs[-1] @ W_hh.T + b_hh))
    dx = np.zeros_like(x)
    dh_next = np.zeros_like(h0)
    for t in reversed(range(T)):
        dh = dout[t] + dh_next
        dz = dh * (1 - hs[t + 1] ** 2)
        dx[t] = dz @ W_ih
        dW_ih = dz.T @ x[t]  # should accumulate with +=
        dW_hh = dz.T @ hs[t]
        db_ih = dz.sum(0)
        db_hh = dz.sum(0)
        dh_next = dz @ W_hh
    return dx, dh_next, dW_ih, dW_hh, db_ih, db_hh
