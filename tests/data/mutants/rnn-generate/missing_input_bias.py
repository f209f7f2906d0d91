import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    toks = np.empty((steps, start.shape[0]), dtype=np.int64)
    t, h = start, h0
    for s in range(steps):
        h = np.tanh(E[t] @ W_ih.T + h @ W_hh.T + b_hh)
        t = np.argmax(h @ W_out.T + b_out, axis=-1)
        toks[s] = t
    return toks
