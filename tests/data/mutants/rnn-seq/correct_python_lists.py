import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    states = [h0]
    for xt in x:
        states.append(np.tanh(xt @ W_ih.T + states[-1] @ W_hh.T + (b_ih + b_hh)))
    return np.stack(states[1:]), states[-1]
