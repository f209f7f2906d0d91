import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    tokens = np.zeros((steps, len(start)), dtype=np.int64)
    prev, h = start, h0
    for s in range(steps):
        h = np.maximum(0.0, E[prev] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        prev = (h @ W_out.T + b_out).argmax(-1)
        tokens[s] = prev
    return tokens
