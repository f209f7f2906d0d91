import torch


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    gi = y_prev_emb @ W_ih.T + b_ih
    gh = s_prev @ W_hh.T + b_hh
    r = torch.sigmoid(gi[:, :H] + gh[:, :H])
    z = torch.sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = torch.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    s = (1 - z) * n + z * s_prev

    keys = enc.permute(1, 0, 2)                       # (B, S, H)
    scores = torch.bmm(keys, s.unsqueeze(2)).squeeze(2)   # (B, S)
    scores = torch.where(src_mask, scores, torch.full_like(scores, float("-inf")))
    weights = torch.softmax(scores, dim=1)
    context = torch.bmm(weights.unsqueeze(1), keys).squeeze(1)
    out = torch.tanh(torch.cat((context, s), dim=1) @ W_c.T + b_c)
    return s, weights, context, out
