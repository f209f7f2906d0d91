import numpy as np


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    T, B, D = x.shape
    proj = (x.reshape(-1, D) @ W_ih.T).reshape(T, B, -1) + b_ih + b_hh
    h = h0
    for t in range(T):
        h = np.tanh(proj[t] + h @ W_hh.T)
    logits = np.einsum("bh,ch->bc", h, W_out) + b_out
    m = logits.max(axis=1, keepdims=True)
    log_p = logits - m - np.log(np.exp(logits - m).sum(axis=1, keepdims=True))
    return np.exp(log_p)
