import numpy as np


def rnn_step(x_t, h, W_ih, W_hh, b_ih, b_hh):
    # one RNN cell step, written with einsum: (B, D) x (H, D) -> (B, H)
    return np.tanh(np.einsum("bd,hd->bh", x_t, W_ih) + b_ih + np.einsum("bk,hk->bh", h, W_hh) + b_hh)


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):

    T = x.shape[0]
    h = h0
    states = []
    for t in range(T):
        h = rnn_step(x[t], h, W_ih, W_hh, b_ih, b_hh)
        states.append(h)
    outputs = np.stack(states, axis=0)
    return outputs, outputs[-1]
