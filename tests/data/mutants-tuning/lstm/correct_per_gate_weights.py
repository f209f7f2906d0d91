import numpy as np


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    Wi, Wf, Wg, Wo = np.split(W_ih, 4)
    Ui, Uf, Ug, Uo = np.split(W_hh, 4)
    bi, bf, bg, bo = np.split(b_ih + b_hh, 4)
    sig = lambda v: 0.5 * (1 + np.tanh(0.5 * v))
    i = sig(x @ Wi.T + h_prev @ Ui.T + bi)
    f = sig(x @ Wf.T + h_prev @ Uf.T + bf)
    g = np.tanh(x @ Wg.T + h_prev @ Ug.T + bg)
    o = sig(x @ Wo.T + h_prev @ Uo.T + bo)
    c = c_prev * f + g * i
    return np.tanh(c) * o, c
