import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    states = {-1: h0}
    for t in range(T):
        states[t] = np.tanh(x[t] @ W_ih.T + b_ih + states[t - 1] @ W_hh.T + b_hh)

    dx = np.zeros_like(x)
    dW_ih = np.zeros_like(W_ih)
    dW_hh = np.zeros_like(W_hh)
    db_ih = np.zeros_like(b_ih)
    db_hh = np.zeros_like(b_hh)
    carry = np.zeros_like(h0)
    for t in range(T - 1, -1, -1):
        g = (dout[t] + carry) * (1 - states[t] ** 2)
        dx[t] = g @ W_ih
        dW_ih = g.T @ x[t]
        dW_hh = g.T @ states[t - 1]
        db_ih = g.sum(0)
        db_hh = g.sum(0)
        carry = g @ W_hh
    return dx, carry, dW_ih, dW_hh, db_ih, db_hh
