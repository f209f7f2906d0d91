import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):

    H = a_prev.shape[1]
    # W [a_prev, x] = W_a a_prev + W_x x : no concatenation needed
    W_ca, W_cx = W_c[:, :H], W_c[:, H:]
    W_ua, W_ux = W_u[:, :H], W_u[:, H:]
    c_tilde = np.tanh(a_prev @ W_ca.T + x @ W_cx.T + b_c)
    gamma_u = sigmoid(a_prev @ W_ua.T + x @ W_ux.T + b_u)
    return a_prev + gamma_u * (c_tilde - a_prev)
