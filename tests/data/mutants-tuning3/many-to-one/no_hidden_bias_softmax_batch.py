import numpy as np

def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    h = h0
    for xt in x:
        h = np.tanh(xt @ W_ih.T + b_ih + h @ W_hh.T)
    logits = h @ W_out.T + b_out
    e = np.exp(logits - logits.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
