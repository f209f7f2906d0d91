import numpy as np

def sg(v):
    return 1 / (1 + np.exp(-v))

def cell(x, h, W_ih, W_hh, b_ih, b_hh, act=np.tanh):
    H = h.shape[1]
    gi, gh = x @ W_ih.T + b_ih, h @ W_hh.T + b_hh
    r = sg(gi[:, :H] + gh[:, :H])
    z = sg(gi[:, H:2*H] + gh[:, H:2*H])
    n = act(gi[:, 2*H:] + r * gh[:, 2*H:])
    return (1 - z) * n + z * h

def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    h = np.zeros_like(h0)
    outs = np.zeros((T, B, h0.shape[1]))
    for t in range(T):
        m = (lengths > t)[:, None].astype(float)
        new = cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        h = m * new + (1 - m) * h
        outs[t] = m * new
    return outs, h
