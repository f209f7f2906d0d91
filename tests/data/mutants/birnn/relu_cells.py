import numpy as np


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T, B, _ = x.shape
    H = W_hh.shape[0]
    fwd = np.zeros((T, B, H))
    bwd = np.zeros((T, B, H))
    h = h0[0]
    for t in range(T):
        h = np.maximum(0, x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        fwd[t] = h
    h_f = h
    h = h0[1]
    for t in reversed(range(T)):
        h = np.maximum(0, x[t] @ W_ih_rev.T + b_ih_rev + h @ W_hh_rev.T + b_hh_rev)
        bwd[t] = h
    outputs = np.concatenate([fwd, bwd], axis=-1)
    return outputs, np.stack([h_f, h]), outputs @ W_y.T + b_y
