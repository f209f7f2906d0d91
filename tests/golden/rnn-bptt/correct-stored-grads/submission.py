import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T, B, D = x.shape
    H = h0.shape[1]

    # forward: h[t + 1] is the state after step t, h[0] = h0
    h = np.zeros((T + 1, B, H))
    h[0] = h0
    for t in range(T):
        h[t + 1] = np.tanh(x[t] @ W_ih.T + b_ih + h[t] @ W_hh.T + b_hh)

    # backward: gradient of every pre-activation, from the last step to the first
    dz = np.zeros((T, B, H))
    carry = np.zeros((B, H))
    for t in range(T - 1, -1, -1):
        dz[t] = (dout[t] + carry) * (1 - h[t + 1] ** 2)
        carry = dz[t] @ W_hh

    dx = dz @ W_ih
    dh0 = carry
    dW_ih = np.einsum("tbh,tbd->hd", dz, x)
    dW_hh = np.einsum("tbh,tbk->hk", dz, h[:-1])
    db = dz.sum(axis=(0, 1))
    return dx, dh0, dW_ih, dW_hh, db, db.copy()
