import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    h = h0
    out = []
    for _ in range(steps):
        x = E[start]                          # always the start token
        h = np.tanh(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        out.append(np.argmax(h @ W_out.T + b_out, axis=1))
    return np.array(out, dtype=np.int64)
