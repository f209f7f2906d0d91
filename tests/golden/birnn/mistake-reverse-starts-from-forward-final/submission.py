import numpy as np


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):

    T, B, _ = x.shape
    H = W_hh.shape[0]
    outputs = np.zeros((T, B, 2 * H))
    h = h0[0]
    for t in range(T):
        h = np.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        outputs[t, :, :H] = h
    h_fwd = h
    # now go back through the sequence, continuing from where we are
    for t in reversed(range(T)):
        h = np.tanh(x[t] @ W_ih_rev.T + b_ih_rev + h @ W_hh_rev.T + b_hh_rev)
        outputs[t, :, H:] = h
    y = outputs @ W_y.T + b_y
    return outputs, np.stack([h_fwd, h]), y
