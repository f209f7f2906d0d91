import torch


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):

    T, B, _ = x.shape
    H = h0.shape[1]
    h = h0
    outs = []
    for t in range(T):
        gi = x[t] @ W_ih.T + b_ih
        gh = h @ W_hh.T + b_hh
        r = torch.sigmoid(gi[:, :H] + gh[:, :H])
        z = torch.sigmoid(gi[:, H:2*H] + gh[:, H:2*H])
        n = torch.tanh(gi[:, 2*H:] + r * gh[:, 2*H:])
        h_new = (1 - z) * n + z * h
        alive = (lengths > t).to(x.dtype).unsqueeze(1)   # 1 while the sequence runs, else 0
        outs.append(alive * h_new)
        h = alive * h_new + (1 - alive) * h
    return torch.stack(outs), h
