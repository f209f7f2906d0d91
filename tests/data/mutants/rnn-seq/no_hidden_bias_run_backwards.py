import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T = len(x)
    outputs = [None] * T
    h = h0
    for t in reversed(range(T)):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T)
        outputs[t] = h
    return np.array(outputs), h
