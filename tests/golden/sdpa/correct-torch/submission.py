import torch


def attention(q, k, v, mask):
    scale = q.shape[-1] ** -0.5
    scores = torch.matmul(q * scale, k.transpose(1, 2))
    scores = scores.masked_fill(mask == 0, -float("inf"))
    weights = scores.softmax(dim=-1)
    return torch.matmul(weights, v), weights
