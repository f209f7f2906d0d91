import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T, B, _ = x.shape
    H = h0.shape[1]
    states = np.zeros((T + 1, B, H))
    states[0] = h0
    for t in range(T):
        states[t + 1] = np.tanh(x[t] @ W_ih.T + b_ih + states[t] @ W_hh.T + b_hh)
    grads = [np.zeros_like(a) for a in (x, W_ih, W_hh, b_ih)]
    dx, dW_ih, dW_hh, db = grads
    dnext = np.zeros((B, H))
    for t in reversed(range(T)):
        da = dout[t] + dnext             # gradient of the pre-activation
        dx[t] = da @ W_ih
        dW_ih += da.T @ x[t]
        dW_hh += da.T @ states[t]
        db += da.sum(axis=0)
        dnext = da @ W_hh
    return dx, dnext, dW_ih, dW_hh, db, db.copy()
