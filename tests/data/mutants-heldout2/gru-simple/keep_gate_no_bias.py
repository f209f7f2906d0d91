import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    H = a_prev.shape[1]
    # split the weights into the part for a and the part for x
    Wca, Wcx = W_c[:, :H], W_c[:, H:]
    Wua, Wux = W_u[:, :H], W_u[:, H:]
    c_hat = np.tanh(a_prev @ Wca.T + x @ Wcx.T + b_c)
    u = 1.0 / (1.0 + np.exp(-(a_prev @ Wua.T + x @ Wux.T)))
    # u decides how much of the old memory to keep
    return u * a_prev + (1.0 - u) * c_hat
