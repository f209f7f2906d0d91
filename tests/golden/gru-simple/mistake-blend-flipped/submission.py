import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):

    ax = np.concatenate([a_prev, x], axis=1)
    c_tilde = np.tanh(ax @ W_c.T + b_c)
    z = sigmoid(ax @ W_u.T + b_u)
    # PyTorch's GRU: h' = (1 - z) * n + z * h
    return (1 - z) * c_tilde + z * a_prev
