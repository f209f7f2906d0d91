import numpy as np

def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    acts = 1 / (1 + np.exp(-(x @ W_ih.T + b_ih + h_prev @ W_hh.T)))
    i, f, g, o = (acts[:, k*H:(k+1)*H] for k in range(4))
    c = f * c_prev + i * g
    return o * np.tanh(c), c
