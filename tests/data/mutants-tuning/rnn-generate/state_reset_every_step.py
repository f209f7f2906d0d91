import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    tok = start
    result = np.zeros((steps, len(start)), dtype=np.int64)
    for s in range(steps):
        h = np.tanh(E[tok] @ W_ih.T + b_ih + h0 @ W_hh.T + b_hh)   # h0 every time
        tok = (h @ W_out.T + b_out).argmax(-1)
        result[s] = tok
    return result
