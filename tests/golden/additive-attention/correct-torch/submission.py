import torch


def additive_attention(s, h, W_q, W_k, v):
    hb = h.transpose(0, 1)                                # (B, S, He)
    hidden = torch.tanh((s @ W_q.T).unsqueeze(1) + hb @ W_k.T)   # (B, S, A)
    scores = hidden @ v                                   # (B, S)
    weights = torch.nn.functional.softmax(scores, dim=-1)
    context = torch.bmm(weights.unsqueeze(1), hb).squeeze(1)
    return context, weights
