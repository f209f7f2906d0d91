import torch


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):

    out = torch.empty((steps, start.shape[0]), dtype=torch.int64)
    token, h = start, h0
    for s in range(steps):
        x = torch.index_select(E, 0, token)
        h = torch.tanh(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        token = torch.argmax(h @ W_out.T + b_out, dim=1)
        out[s] = token
    return out
