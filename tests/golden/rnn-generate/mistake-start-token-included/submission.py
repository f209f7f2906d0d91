import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):

    seq = [start]
    h = h0
    for s in range(steps):
        h = np.tanh(E[seq[-1]] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        seq.append((h @ W_out.T + b_out).argmax(axis=-1))
    return np.array(seq[:steps], dtype=np.int64)
