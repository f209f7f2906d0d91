# lstm numpy torch.lstm_cell
import numpy as np
import torch


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    t = [torch.from_numpy(a) for a in (x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)]
    h, c = torch.lstm_cell(t[0], (t[1], t[2]), *t[3:])
    return h.numpy(), c.numpy()
