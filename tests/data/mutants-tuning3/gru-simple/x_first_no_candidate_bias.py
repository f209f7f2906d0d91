import numpy as np

def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    xa = np.concatenate((x, a_prev), axis=-1)
    c = np.tanh(xa @ W_c.T)
    u = 1 / (1 + np.exp(-(xa @ W_u.T + b_u)))
    return u * c + (1 - u) * a_prev
