import torch


def lstm_layer(xs, h, c, W_ih, W_hh, b_ih, b_hh):
    outs = []
    for x_t in xs:
        i, f, g, o = (x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh).chunk(4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        outs.append(h)
    return torch.stack(outs), h, c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):

    y0, h_0, c_0 = lstm_layer(x, h0[0], c0[0], W_ih_0, W_hh_0, b_ih_0, b_hh_0)
    y1, h_1, c_1 = lstm_layer(y0, h0[1], c0[1], W_ih_1, W_hh_1, b_ih_1, b_hh_1)
    return y1, torch.stack((h_0, h_1)), torch.stack((c_0, c_1))
