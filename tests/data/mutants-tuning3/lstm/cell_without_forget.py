import numpy as np

def sig(v):
    return 1 / (1 + np.exp(-v))

def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    a = x.dot(W_ih.T) + b_ih + h_prev.dot(W_hh.T) + b_hh
    i = sig(a[:, :H]); f = sig(a[:, H:2*H]); g = np.tanh(a[:, 2*H:3*H]); o = sig(a[:, 3*H:])
    c = c_prev + i * g
    h = o * np.tanh(c)
    return h, c
