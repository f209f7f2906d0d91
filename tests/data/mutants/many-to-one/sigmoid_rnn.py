import numpy as np


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    h = h0
    for t in range(x.shape[0]):
        h = 1 / (1 + np.exp(-(x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh)))
    z = h @ W_out.T + b_out
    z = z - z.max(-1, keepdims=True)
    return np.exp(z) / np.exp(z).sum(-1, keepdims=True)
