import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    concat = np.hstack((x, a_prev))          # [x, a]
    cand = np.tanh(concat @ W_c.T + b_c)
    gate = 1.0 / (1.0 + np.exp(-(concat @ W_u.T + b_u)))
    return gate * cand + (1 - gate) * a_prev
