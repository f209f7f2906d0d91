import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    outputs = np.zeros((x.shape[0], x.shape[1], h0.shape[1]))
    h = h0.copy()
    for t, xt in enumerate(x):
        h = 1 / (1 + np.exp(-(xt @ W_ih.T + b_ih + h @ W_hh.T + b_hh)))
        outputs[t] = h
    return outputs, h
