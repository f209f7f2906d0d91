import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    inp = np.einsum("bd,hd->bh", x, W_ih) + b_ih
    rec = np.einsum("bh,hk->bk", h_prev, W_hh) + b_hh   # W_hh read as (in, out)
    return np.tanh(inp + rec)
