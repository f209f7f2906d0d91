import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T = x.shape[0]
    outputs = np.zeros((T,) + h0.shape)
    h = h0
    for step in range(T):
        h = np.tanh(x[step] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        outputs[step - 1] = h       # off by one: slot step-1
    return outputs, h
