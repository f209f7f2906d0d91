import numpy as np


def rnn_step(x, h, W_ih, W_hh, b_ih, b_hh):
    return np.tanh(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):

    tokens = np.zeros((steps, len(start)), dtype=np.int64)
    token = start
    for s in range(steps):
        h = rnn_step(E[token], h0, W_ih, W_hh, b_ih, b_hh)
        token = (h @ W_out.T + b_out).argmax(axis=-1)
        tokens[s] = token
    return tokens
