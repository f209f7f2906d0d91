import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    H = a_prev.shape[1]
    # [a_prev, x] @ W.T == a_prev @ W[:, :H].T + x @ W[:, H:].T
    c_lin = a_prev @ W_c[:, :H].T + x @ W_c[:, H:].T + b_c
    u_lin = a_prev @ W_u[:, :H].T + x @ W_u[:, H:].T + b_u
    cand = np.tanh(c_lin)
    gu = np.exp(-np.logaddexp(0.0, -u_lin))
    return a_prev + gu * (cand - a_prev)
