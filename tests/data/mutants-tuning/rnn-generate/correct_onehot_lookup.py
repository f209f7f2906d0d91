import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    V = E.shape[0]
    h = h0
    prev = start
    gen = []
    for _ in range(steps):
        x = np.eye(V)[prev] @ E
        h = np.tanh(x @ W_ih.T + h @ W_hh.T + b_ih + b_hh)
        prev = np.argmax(h @ W_out.T + b_out, axis=-1)
        gen.append(prev)
    return np.stack(gen).astype(np.int64)
