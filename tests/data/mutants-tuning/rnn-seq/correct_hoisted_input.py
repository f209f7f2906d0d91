import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, D = x.shape
    xw = (x.reshape(T * B, D) @ W_ih.T + b_ih + b_hh).reshape(T, B, -1)
    outs = []
    h = h0
    for t in range(T):
        h = np.tanh(xw[t] + h @ W_hh.T)
        outs.append(h)
    return np.array(outs), outs[-1]
