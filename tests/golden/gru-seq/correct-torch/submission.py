import torch


def gru_cell(x_t, h, W_ih, W_hh, b_ih, b_hh):
    gi = x_t @ W_ih.T + b_ih
    gh = h @ W_hh.T + b_hh
    i_r, i_z, i_n = torch.split(gi, h.shape[1], dim=1)
    h_r, h_z, h_n = torch.split(gh, h.shape[1], dim=1)
    r = torch.sigmoid(i_r + h_r)
    z = torch.sigmoid(i_z + h_z)
    n = torch.tanh(i_n + r * h_n)
    return (1 - z) * n + z * h


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):

    h = h0
    outs = []
    for t in range(x.size(0)):
        h = gru_cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        outs.append(h)
    return torch.stack(outs), h
