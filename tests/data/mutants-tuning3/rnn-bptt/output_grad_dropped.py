import numpy as np

def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = len(x)
    hs = [h0]
    for t in range(T):
        hs.append(np.tanh(x[t] @ W_ih.T + b_ih + hs[-1] @ W_hh.T + b_hh))
    dx = np.zeros_like(x)
    dWx, dWh = np.zeros_like(W_ih), np.zeros_like(W_hh)
    db1, db2 = np.zeros_like(b_ih), np.zeros_like(b_hh)
    carry = np.zeros_like(h0)

    for t in reversed(range(T)):
        dz = carry * (1 - hs[t + 1] * hs[t + 1])
        dx[t] = dz @ W_ih
        dWx += dz.T @ x[t]
        dWh += dz.T @ hs[t]
        db1 += dz.sum(axis=0)
        db2 += dz.sum(axis=0)
        carry = dz @ W_hh
    return dx, carry, dWx, dWh, db1, db2
