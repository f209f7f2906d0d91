import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):

    T, B, D = x.shape
    xw = x @ W_ih.T + b_ih  # all steps at once
    outputs = np.zeros((T, B, h0.shape[1]))
    h = h0
    for t in range(T):
        h = np.tanh(xw[t] + h @ W_hh + b_hh)
        outputs[t] = h
    return outputs, h
