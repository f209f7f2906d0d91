import numpy as np

def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    T = x.shape[0]
    h = h0
    for t in range(T - 1):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
    s = h @ W_out.T + b_out
    e = np.exp(s - s.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)
