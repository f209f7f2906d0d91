import numpy as np


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    pre = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    sg = lambda u: 1 / (1 + np.exp(-u))
    in_gate = sg(pre[:, :H])
    forget = sg(pre[:, H:2 * H])
    cand = np.tanh(pre[:, 2 * H:3 * H])
    out_gate = sg(pre[:, 3 * H:])
    # memory update
    c = in_gate * c_prev + forget * cand
    h = out_gate * c
    return h, c
