import torch


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):

    h = h0
    for x_t in x:
        h = torch.tanh(x_t @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
    logits = h @ W_out.T + b_out
    logits = logits - logits.max(dim=1, keepdim=True).values
    e = torch.exp(logits)
    return e / e.sum(dim=1, keepdim=True)
