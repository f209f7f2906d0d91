import numpy as np


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):

    T, B, _ = x.shape
    H = h0.shape[1]
    hs = np.zeros((T, B, H))
    h = h0
    for t in range(T):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        hs[t] = h
    logits = hs[0] @ W_out.T + b_out
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)
