import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    seq = []
    token, h = start.copy(), h0.copy()
    while len(seq) < steps:
        h = np.tanh(np.take(E, token, axis=0) @ W_ih.T + h @ W_hh.T + (b_ih + b_hh))
        token = np.argmax(h @ W_out.T + b_out, axis=1).astype(np.int64)
        seq.append(token)
    return np.array(seq, dtype=np.int64).reshape(steps, -1)
