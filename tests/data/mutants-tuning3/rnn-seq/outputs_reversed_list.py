import numpy as np

def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    h = h0
    states = []
    for xt in x:
        h = np.tanh(xt @ W_ih.T + h @ W_hh.T + b_ih + b_hh)
        states.append(h)
    return np.stack(states[::-1]), h
