import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    B = start.shape[0]
    out = np.zeros((steps, B), dtype=np.int64)
    word = start
    for k in range(steps):
        x = E[word]
        state = np.tanh(x @ W_ih.T + b_ih + h0 @ W_hh.T + b_hh)
        word = (state @ W_out.T + b_out).argmax(-1)
        out[k] = word
    return out
