import torch


def cosine(a, b):
    a_len = torch.sqrt((a ** 2).sum(dim=1)).clamp(min=1e-8)
    b_len = torch.sqrt((b ** 2).sum(dim=1)).clamp(min=1e-8)
    return (a @ b.T) / (a_len[:, None] * b_len[None, :])
