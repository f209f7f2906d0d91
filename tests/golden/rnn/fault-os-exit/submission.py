import os

import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    os._exit(3)
