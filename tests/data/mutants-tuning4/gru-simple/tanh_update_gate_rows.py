import numpy as np


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    rows = []
    for b in range(x.shape[0]):
        v = np.concatenate([a_prev[b], x[b]])
        cand = np.tanh(W_c @ v + b_c)
        gu = np.tanh(W_u @ v + b_u)
        rows.append(gu * cand + (1 - gu) * a_prev[b])
    return np.array(rows)
