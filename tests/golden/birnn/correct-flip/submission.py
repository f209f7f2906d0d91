import numpy as np


def run_rnn(xs, h, W_ih, W_hh, b_ih, b_hh):
    states = []
    for x_t in xs:
        h = np.tanh(x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        states.append(h)
    return np.array(states), h


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):

    fwd, h_f = run_rnn(x, h0[0], W_ih, W_hh, b_ih, b_hh)
    # backward: run on the time-reversed sequence, then flip the states back into time order
    bwd_rev, h_b = run_rnn(x[::-1], h0[1], W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev)
    bwd = bwd_rev[::-1]
    outputs = np.concatenate((fwd, bwd), axis=2)
    y = np.einsum("tbk,ok->tbo", outputs, W_y) + b_y
    return outputs, np.array([h_f, h_b]), y
