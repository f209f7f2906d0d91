import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    concat = np.hstack([a_prev, x])
    c = np.tanh(concat @ W_c.T + b_c)
    gate = concat @ W_u.T + b_u       # forgot to squash the gate
    return gate * c + (1 - gate) * a_prev
