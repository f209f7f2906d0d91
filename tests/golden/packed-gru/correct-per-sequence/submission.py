import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gru_step(x_t, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[-1]
    gi = x_t @ W_ih.T + b_ih
    gh = h @ W_hh.T + b_hh
    r = sigmoid(gi[:H] + gh[:H])
    z = sigmoid(gi[H:2*H] + gh[H:2*H])
    n = np.tanh(gi[2*H:] + r * gh[2*H:])
    return (1 - z) * n + z * h


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):

    T, B, _ = x.shape
    H = h0.shape[1]
    outputs = np.zeros((T, B, H))
    h_n = np.zeros((B, H))
    # one sequence at a time, only over its real steps
    for b in range(B):
        h = h0[b]
        for t in range(int(lengths[b])):
            h = gru_step(x[t, b], h, W_ih, W_hh, b_ih, b_hh)
            outputs[t, b] = h
        h_n[b] = h
    return outputs, h_n
