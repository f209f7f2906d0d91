import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    states = [h0]
    for t in range(T):
        states.append(np.tanh(x[t] @ W_ih.T + b_ih + states[t] @ W_hh.T + b_hh))

    dx = np.zeros(x.shape)
    dW_ih = np.zeros(W_ih.shape)
    dW_hh = np.zeros(W_hh.shape)
    db = np.zeros(b_ih.shape)
    dh0 = np.zeros(h0.shape)
    for t in range(T):
        # each step's output gradient goes back through its own tanh
        dz = dout[t] * (1 - states[t + 1] ** 2)
        dx[t] = dz @ W_ih
        dW_ih += dz.T @ x[t]
        dW_hh += dz.T @ states[t]
        db += dz.sum(axis=0)
        if t == 0:
            dh0 = dz @ W_hh
    return dx, dh0, dW_ih, dW_hh, db, db.copy()
