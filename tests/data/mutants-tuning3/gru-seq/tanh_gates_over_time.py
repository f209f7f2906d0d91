import numpy as np

def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    outputs = np.zeros((x.shape[0], x.shape[1], H))
    h = h0.copy()
    for t, xt in enumerate(x):
        gi = xt @ W_ih.T + b_ih
        gh = h @ W_hh.T + b_hh
        r = np.tanh(gi[:, :H] + gh[:, :H])
        z = np.tanh(gi[:, H:2*H] + gh[:, H:2*H])
        n = np.tanh(gi[:, 2*H:] + r * gh[:, 2*H:])
        h = (1 - z) * n + z * h
        outputs[t] = h
    return outputs, h
