import numpy as np


def softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum(axis=0)


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):

    h = h0
    for t in range(x.shape[0]):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
    return softmax(h @ W_out.T + b_out)
