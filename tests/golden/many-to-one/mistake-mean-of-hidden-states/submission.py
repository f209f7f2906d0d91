import numpy as np


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):

    T, B, _ = x.shape
    h = h0
    total = np.zeros_like(h0)
    for t in range(T):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        total += h
    summary = total / T  # average over the whole sentence
    logits = summary @ W_out.T + b_out
    p = np.exp(logits - logits.max(axis=1, keepdims=True))
    return p / p.sum(axis=1, keepdims=True)
