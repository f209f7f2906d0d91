import numpy as np

def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    v = np.concatenate([a_prev, x], axis=1)
    c_hat = np.tanh(v @ W_c.T + b_c)
    g = 1 / (1 + np.exp(-(v @ W_c.T + b_u)))
    return a_prev + g * (c_hat - a_prev)
