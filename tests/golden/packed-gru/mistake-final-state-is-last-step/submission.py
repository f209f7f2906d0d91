import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):

    T, B, _ = x.shape
    H = h0.shape[1]
    mask = np.arange(T)[:, None] < lengths  # (T, B)
    outputs = np.zeros((T, B, H))
    h = h0
    for t in range(T):
        gi = x[t] @ W_ih.T + b_ih
        gh = h @ W_hh.T + b_hh
        r = sigmoid(gi[:, :H] + gh[:, :H])
        z = sigmoid(gi[:, H:2*H] + gh[:, H:2*H])
        n = np.tanh(gi[:, 2*H:] + r * gh[:, 2*H:])
        h = (1 - z) * n + z * h
        outputs[t] = h * mask[t][:, None]  # zero the padding
    return outputs, h
