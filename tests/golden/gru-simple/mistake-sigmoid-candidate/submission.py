import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):

    ax = np.concatenate([a_prev, x], axis=1)
    # both are computed the same way
    c_tilde, gamma_u = (sigmoid(ax @ W.T + b) for W, b in ((W_c, b_c), (W_u, b_u)))
    return gamma_u * c_tilde + (1 - gamma_u) * a_prev
