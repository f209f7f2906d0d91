import numpy as np


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T = x.shape[0]
    H = W_hh.shape[0]
    f_states = np.zeros((T, x.shape[1], H))
    b_states = np.zeros((T, x.shape[1], H))
    h = h0[0]
    for t in range(T):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        f_states[t] = h
    g = h0[1]
    for t in range(T - 1, -1, -1):
        g = np.tanh(x[t] @ W_ih_rev.T + b_ih_rev + g @ W_hh_rev.T + b_hh_rev)
        b_states[t] = g
    outputs = np.concatenate([f_states, b_states], axis=2)
    # final states: the last time index of each direction
    h_n = np.stack([f_states[-1], b_states[-1]])
    y = outputs @ W_y.T + b_y
    return outputs, h_n, y
