import numpy as np


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    sg = lambda v: 1 / (1 + np.exp(-v))
    h, c = h0, c0
    outs = []
    finals = None
    for t in range(x.shape[0]):
        z = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, g, o = sg(z[:, :H]), sg(z[:, H:2 * H]), np.tanh(z[:, 2 * H:3 * H]), sg(z[:, 3 * H:])
        c = f * c + i * g
        h = np.tanh(o * c)
        outs.append(h)
        if finals is None:
            finals = (h, c)
    return np.array(outs), finals[0], finals[1]
