import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):

    concat = np.hstack([x, a_prev])
    c_tilde = np.tanh(concat @ W_c.T + b_c)
    gamma_u = sigmoid(concat @ W_u.T + b_u)
    return gamma_u * c_tilde + (1 - gamma_u) * a_prev
