import numpy as np

def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    h = h0
    for t in range(len(x)):
        h = np.tanh(x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh)
    logits = h @ W_out.T + b_out
    return np.exp(logits - np.max(logits, axis=-1, keepdims=True))
