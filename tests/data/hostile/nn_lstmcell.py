# lstm torch torch.nn.LSTMCell
import torch
from torch import nn


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    cell = nn.LSTMCell(x.shape[1], h_prev.shape[1]).double()
    with torch.no_grad():
        cell.weight_ih.copy_(W_ih)
        cell.weight_hh.copy_(W_hh)
        cell.bias_ih.copy_(b_ih)
        cell.bias_hh.copy_(b_hh)
    return cell(x, (h_prev, c_prev))
