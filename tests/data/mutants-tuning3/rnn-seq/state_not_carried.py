import numpy as np

def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T = len(x)
    outs = np.zeros((T,) + h0.shape)
    for t in range(T):
        outs[t] = np.tanh(x[t] @ W_ih.T + b_ih + h0 @ W_hh.T + b_hh)
    return outs, outs[-1]
