import numpy as np

def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    outputs = np.zeros((T, B, h0.shape[1]))
    h = h0
    for t in range(T - 1):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        outputs[t] = h
    return outputs, h
