import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    tokens = np.zeros((steps, len(start)), dtype=np.int64)
    tok = start
    for s in range(steps):
        h = np.tanh(E[tok] @ W_ih.T + b_ih + h0 @ W_hh.T + b_hh)
        tok = (h @ W_out.T + b_out).argmax(-1)
        tokens[s] = tok
    return tokens
