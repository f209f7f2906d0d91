import numpy as np


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    state = h0
    for xt in x:
        state = np.tanh(xt @ W_ih.T + state @ W_hh + b_ih + b_hh)
    scores = state @ W_out.T + b_out
    p = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return p / p.sum(axis=-1, keepdims=True)
