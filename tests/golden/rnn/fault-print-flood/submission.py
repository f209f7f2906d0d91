import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    i = 0
    while True:
        print("debug step", i, x)
        i += 1
