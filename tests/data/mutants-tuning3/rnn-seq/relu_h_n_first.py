import numpy as np

def step(x_t, h, W_ih, W_hh, b):
    return np.maximum(x_t @ W_ih.T + h @ W_hh.T + b, 0.0)

def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    hs = []
    h = h0
    for t in range(x.shape[0]):
        h = step(x[t], h, W_ih, W_hh, b_ih + b_hh)
        hs.append(h)
    return np.array(hs), hs[0]
