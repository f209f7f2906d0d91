import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):

    T = x.shape[0]
    H = h0.shape[1]
    gi_all = x @ W_ih.T + b_ih
    outputs = np.zeros((T,) + h0.shape)
    h = h0
    for t in range(T):
        gh = h @ W_hh.T + b_hh
        r = sigmoid(gi_all[t][:, :H] + gh[:, :H])
        z = sigmoid(gi_all[t][:, H:2*H] + gh[:, H:2*H])
        n = np.tanh(gi_all[t][:, 2*H:] + r * gh[:, 2*H:])
        # the slide: a = Γu * c~ + (1 - Γu) * a_prev
        h = z * n + (1 - z) * h
        outputs[t] = h
    return outputs, h
