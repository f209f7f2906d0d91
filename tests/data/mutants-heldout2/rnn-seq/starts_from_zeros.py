import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T = len(x)
    state = np.zeros_like(h0)   # fresh state for the sequence
    hs = []
    for t in range(T):
        state = np.tanh(x[t] @ W_ih.T + state @ W_hh.T + b_ih + b_hh)
        hs.append(state)
    return np.array(hs), state
