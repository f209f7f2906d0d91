import numpy as np


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    h = h0
    for xt in x:
        h = np.maximum(xt @ W_ih.T + b_ih + h @ W_hh.T + b_hh, 0)
    logits = h @ W_out.T
    ex = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return ex / ex.sum(axis=-1, keepdims=True)
