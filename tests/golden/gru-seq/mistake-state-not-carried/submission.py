import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):

    T = x.shape[0]
    H = h0.shape[1]
    outputs = np.zeros((T,) + h0.shape)
    for t in range(T):
        gi = x[t] @ W_ih.T + b_ih
        gh = h0 @ W_hh.T + b_hh
        r = sigmoid(gi[:, :H] + gh[:, :H])
        z = sigmoid(gi[:, H:2*H] + gh[:, H:2*H])
        n = np.tanh(gi[:, 2*H:] + r * gh[:, 2*H:])
        outputs[t] = (1 - z) * n + z * h0
    return outputs, outputs[-1]
