import numpy as np


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    W_r, W_z, W_n = np.split(W_ih, 3)
    U_r, U_z, U_n = np.split(W_hh, 3)
    a_r, a_z, a_n = np.split(b_ih, 3)
    c_r, c_z, c_n = np.split(b_hh, 3)
    sig = lambda v: 1 / (1 + np.exp(-v))
    h = h0
    outs = np.zeros(x.shape[:2] + (H,))
    for t in range(x.shape[0]):
        R = sig(x[t] @ W_r.T + a_r + h @ U_r.T + c_r)
        Z = sig(x[t] @ W_z.T + a_z + h @ U_z.T + c_z)
        N = np.tanh(x[t] @ W_n.T + a_n + (R * h) @ U_n.T + c_n)
        new = (1 - Z) * N + Z * h
        m = (t < lengths)[:, None]
        h = np.where(m, new, h)
        outs[t] = np.where(m, new, 0.0)
    return outs, h
