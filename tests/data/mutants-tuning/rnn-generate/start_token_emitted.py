import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    tokens = [start]
    h = h0
    for s in range(steps - 1):
        x = E[tokens[-1]]
        h = np.tanh(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        tokens.append((h @ W_out.T + b_out).argmax(axis=-1))
    return np.stack(tokens).astype(np.int64)
