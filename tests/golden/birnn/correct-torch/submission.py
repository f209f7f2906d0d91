import torch


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):

    T = x.shape[0]
    h = h0[0]
    fwd = []
    for t in range(T):
        h = torch.tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        fwd.append(h)
    g = h0[1]
    bwd = []
    for t in range(T - 1, -1, -1):
        g = torch.tanh(x[t] @ W_ih_rev.T + b_ih_rev + g @ W_hh_rev.T + b_hh_rev)
        bwd.insert(0, g)
    outputs = torch.cat([torch.stack(fwd), torch.stack(bwd)], dim=-1)
    y = outputs @ W_y.T + b_y
    return outputs, torch.stack([h, g]), y
