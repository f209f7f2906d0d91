import numpy as np

def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    H = a_prev.shape[1]
    c = np.tanh(a_prev @ W_c[:, :H].T + x @ W_c[:, H:].T + b_c)
    u = 0.5 * (1 + np.tanh(0.5 * (a_prev @ W_u[:, :H].T + x @ W_u[:, H:].T + b_u)))
    return u * c + (1 - u) * a_prev
