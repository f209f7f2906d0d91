import numpy as np


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T, B, _ = x.shape
    H = W_hh.shape[0]
    step = lambda xt, h: np.tanh(xt @ W_ih.T + b_ih + h @ W_hh.T + b_hh)

    fwd = np.zeros((T, B, H))
    h = h0[0]
    for t in range(T):
        h = step(x[t], h)
        fwd[t] = h
    h_last_fwd = h

    # same RNN, read right to left
    bwd = np.zeros((T, B, H))
    h = h0[1]
    for t in reversed(range(T)):
        h = step(x[t], h)
        bwd[t] = h

    both = np.concatenate((fwd, bwd), axis=-1)
    return both, np.stack((h_last_fwd, h)), both @ W_y.T + b_y
