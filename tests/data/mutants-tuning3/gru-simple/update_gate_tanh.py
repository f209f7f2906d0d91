import numpy as np

def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    concat = np.hstack([a_prev, x])
    cand = np.tanh(concat @ W_c.T + b_c)
    gate = np.tanh(concat @ W_u.T + b_u)
    return gate * cand + (1 - gate) * a_prev
