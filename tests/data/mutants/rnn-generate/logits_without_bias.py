import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    out = []
    tok, h = start, h0
    for _ in range(steps):
        h = np.tanh(E[tok] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        tok = np.argmax(h @ W_out.T, axis=1)
        out.append(tok)
    return np.array(out, dtype=np.int64)
