import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):

    T, B, D = x.shape
    H = W_hh.shape[0]
    outputs = np.zeros((T, B, H))
    h = np.zeros((B, H))  # nn.RNN starts from zeros
    for t in range(T):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        outputs[t] = h
    return outputs, h
