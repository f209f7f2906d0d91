import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):

    outputs = []
    for t in range(len(x)):
        h_new = np.tanh(x[t] @ W_ih.T + b_ih + h0 @ W_hh.T + b_hh)
        outputs.append(h_new)
    outputs = np.array(outputs)
    return outputs, outputs[-1]
