import numpy as np


def step(x_t, h, W_ih, W_hh, b_ih, b_hh):
    return np.tanh(x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh)


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):

    T = len(x)
    params = (W_ih, W_hh, b_ih, b_hh)
    hf, hb = h0[0], h0[1]
    fwd, bwd = [None] * T, [None] * T
    for t in range(T):
        hf = step(x[t], hf, *params)
        fwd[t] = hf
        hb = step(x[T - 1 - t], hb, *params)  # same RNN, other direction
        bwd[T - 1 - t] = hb
    outputs = np.concatenate([np.stack(fwd), np.stack(bwd)], axis=-1)
    return outputs, np.stack([hf, hb]), outputs @ W_y.T + b_y
