import numpy as np

def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[-1]
    h, c = h0.copy(), c0.copy()
    out = np.empty(x.shape[:2] + (H,))
    for t in range(x.shape[0]):
        z = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        sg = 1 / (1 + np.exp(-z))
        c = sg[:, H:2*H] * c + sg[:, :H] * np.tanh(z[:, 2*H:3*H])
        h = sg[:, 3*H:] * np.tanh(c)
        out[t] = h
    return out, c, h
