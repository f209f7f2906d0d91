import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):

    H = h0.shape[1]
    # separate matrices per gate, cut out of the packed weights
    W_ir, W_iz, W_in = W_ih[:H], W_ih[H:2*H], W_ih[2*H:]
    W_hr, W_hz, W_hn = W_hh[:H], W_hh[H:2*H], W_hh[2*H:]
    b_ir, b_iz, b_in = b_ih[:H], b_ih[H:2*H], b_ih[2*H:]
    b_hr, b_hz, b_hn = b_hh[:H], b_hh[H:2*H], b_hh[2*H:]

    h = h0
    outs = []
    for t in range(x.shape[0]):
        xt = x[t]
        r = sigmoid(xt @ W_ir.T + b_ir + h @ W_hr.T + b_hr)
        z = sigmoid(xt @ W_iz.T + b_iz + h @ W_hz.T + b_hz)
        n = np.tanh(xt @ W_in.T + b_in + r * (h @ W_hn.T + b_hn))
        h = (1 - z) * n + z * h
        outs.append(h)
    return np.stack(outs), h
