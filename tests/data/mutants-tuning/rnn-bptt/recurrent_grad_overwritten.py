import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    states = [h0]
    for t in range(T):
        states.append(np.tanh(x[t] @ W_ih.T + b_ih + states[t] @ W_hh.T + b_hh))
    dx = np.zeros_like(x)
    dW_ih = np.zeros_like(W_ih)
    dW_hh = np.zeros_like(W_hh)
    db = np.zeros_like(b_ih)
    carry = np.zeros_like(h0)
    for t in range(T - 1, -1, -1):
        dz = (dout[t] + carry) * (1 - states[t + 1] ** 2)
        dx[t] = dz @ W_ih
        dW_ih += dz.T @ x[t]
        dW_hh = dz.T @ states[t]                 # = instead of +=
        db += dz.sum(axis=0)
        carry = dz @ W_hh
    return dx, carry, dW_ih, dW_hh, db, db.copy()
