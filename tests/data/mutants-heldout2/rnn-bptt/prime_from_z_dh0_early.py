import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    pre, hid = [], [h0]
    for t in range(T):
        z = x[t] @ W_ih.T + b_ih + hid[-1] @ W_hh.T + b_hh
        pre.append(z)
        hid.append(np.tanh(z))

    dx = np.zeros_like(x)
    dWx, dWh = np.zeros_like(W_ih), np.zeros_like(W_hh)
    dbx, dbh = np.zeros_like(b_ih), np.zeros_like(b_hh)
    dnext = np.zeros_like(h0)
    dz = None
    for t in reversed(range(T)):
        dz = (dout[t] + dnext) * (1 - pre[t] ** 2)   # derivative of tanh
        dx[t] = dz @ W_ih
        dWx += dz.T @ x[t]
        dWh += dz.T @ hid[t]
        dbx += dz.sum(axis=0)
        dbh += dz.sum(axis=0)
        dnext = dz @ W_hh
    dh0 = dz
    return dx, dh0, dWx, dWh, dbx, dbh
