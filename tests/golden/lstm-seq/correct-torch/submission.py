import torch


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):

    H = h0.shape[1]
    h, c = h0, c0
    hs = []
    for x_t in x:
        gates = x_t @ W_ih.T + h @ W_hh.T + b_ih + b_hh
        i = torch.sigmoid(gates[:, :H])
        f = torch.sigmoid(gates[:, H:2*H])
        g = torch.tanh(gates[:, 2*H:3*H])
        o = torch.sigmoid(gates[:, 3*H:])
        c = f * c + i * g
        h = o * torch.tanh(c)
        hs.append(h)
    return torch.stack(hs), h, c
