import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):

    x = E[start]  # embed the start tokens once
    h = h0
    tokens = np.zeros((steps, len(start)), dtype=np.int64)
    for s in range(steps):
        h = np.tanh(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        tokens[s] = (h @ W_out.T + b_out).argmax(axis=-1)
    return tokens
