import numpy as np


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    h = h0
    for t in range(x.shape[0]):
        h = np.tanh(x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh)
    scores = h @ W_out.T + b_out
    scores = scores - scores.max()
    p = np.exp(scores)
    return p / p.sum(axis=0, keepdims=True)
