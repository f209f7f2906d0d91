import numpy as np

def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = W_hh.shape[1]
    h = np.zeros((B, H))
    outputs = np.empty((T, B, H))
    for t in range(T):
        i_r, i_z, i_n = np.split(x[t] @ W_ih.T + b_ih, 3, axis=1)
        h_r, h_z, h_n = np.split(h @ W_hh.T + b_hh, 3, axis=1)
        z = 1 / (1 + np.exp(-(i_z + h_z)))
        n = np.tanh(i_n + h_n)
        h = (1 - z) * n + z * h
        outputs[t] = h
    return outputs, h
