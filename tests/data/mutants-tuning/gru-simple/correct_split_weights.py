import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    H = a_prev.shape[1]
    Wca, Wcx = W_c[:, :H], W_c[:, H:]
    Wua, Wux = W_u[:, :H], W_u[:, H:]
    c_tilde = np.tanh(a_prev @ Wca.T + x @ Wcx.T + b_c)
    gamma = 0.5 * (1 + np.tanh(0.5 * (a_prev @ Wua.T + x @ Wux.T + b_u)))
    return a_prev + gamma * (c_tilde - a_prev)
