"""Reference for drill `lstm`, PyTorch track: one LSTM step in LSTMCell's layout, plus torch.nn.LSTMCell."""

import torch


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    """Return (h, c), each (B, H); gate blocks i, f, g, o along axis 0 of the weights.

    c = σ(f) * c_prev + σ(i) * tanh(g) ;  h = σ(o) * tanh(c)
    """
    gates = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh      # (B, 4H)
    i, f, g, o = gates.chunk(4, dim=1)                       # PyTorch's order: i, f, g, o
    i, f, o = torch.sigmoid(i), torch.sigmoid(f), torch.sigmoid(o)
    g = torch.tanh(g)
    c = f * c_prev + i * g
    h = o * torch.tanh(c)
    return h, c


def torch_nn_equivalent(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    """Return the same (h, c) computed by torch.nn.LSTMCell with the given weights copied in."""
    x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh = (
        torch.as_tensor(a, dtype=torch.float64)
        for a in (x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh))
    D = W_ih.shape[1]
    H = W_hh.shape[1]
    cell = torch.nn.LSTMCell(D, H, bias=True).to(torch.float64)
    with torch.no_grad():
        cell.weight_ih.copy_(W_ih)
        cell.weight_hh.copy_(W_hh)
        cell.bias_ih.copy_(b_ih)
        cell.bias_hh.copy_(b_hh)
    h, c = cell(x, (h_prev, c_prev))
    return h, c
