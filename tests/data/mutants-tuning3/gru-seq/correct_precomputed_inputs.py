import numpy as np

def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, D = x.shape
    H = h0.shape[1]
    gx = (x.reshape(-1, D) @ W_ih.T + b_ih).reshape(T, B, 3 * H)
    h = h0
    outs = []
    for t in range(T):
        gh = h @ W_hh.T + b_hh
        r = 1 / (1 + np.exp(-(gx[t, :, :H] + gh[:, :H])))
        z = 1 / (1 + np.exp(-(gx[t, :, H:2 * H] + gh[:, H:2 * H])))
        n = np.tanh(gx[t, :, 2 * H:] + r * gh[:, 2 * H:])
        h = n + z * (h - n)
        outs.append(h)
    return np.stack(outs), h
