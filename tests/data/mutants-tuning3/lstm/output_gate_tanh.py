import numpy as np

def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + h_prev @ W_hh.T + b_ih + b_hh
    i, f, g, o = np.split(z, 4, axis=1)
    i, f = 1 / (1 + np.exp(-i)), 1 / (1 + np.exp(-f))
    g, o = np.tanh(g), np.tanh(o)
    c = f * c_prev + i * g
    return o * np.tanh(c), c
