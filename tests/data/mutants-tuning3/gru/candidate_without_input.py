import numpy as np

def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[-1]
    a = x @ W_ih.T + b_ih
    b = h_prev @ W_hh.T + b_hh
    r = 0.5 + 0.5 * np.tanh(0.5 * (a[:, :H] + b[:, :H]))
    z = 0.5 + 0.5 * np.tanh(0.5 * (a[:, H:2*H] + b[:, H:2*H]))
    n = np.tanh(r * b[:, 2*H:])
    return n + z * (h_prev - n)
