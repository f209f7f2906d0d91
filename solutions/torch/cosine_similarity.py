"""Reference for drill `cosine-similarity`, PyTorch track: pairwise cosine, plus F.cosine_similarity."""

import torch

EPS = 1e-8


def cosine(a, b):
    """Return (N, M): sim[n, m] = a[n]·b[m] / (max(‖a[n]‖, eps) · max(‖b[m]‖, eps))."""
    na = torch.linalg.vector_norm(a, dim=1, keepdim=True).clamp_min(EPS)  # (N, 1)
    nb = torch.linalg.vector_norm(b, dim=1, keepdim=True).clamp_min(EPS)  # (M, 1)
    return (a / na) @ (b / nb).T


def torch_nn_equivalent(a, b):
    """Return the same with torch.nn.functional.cosine_similarity, broadcasting (N, 1, D) with (1, M, D)."""
    a = torch.as_tensor(a, dtype=torch.float64)
    b = torch.as_tensor(b, dtype=torch.float64)
    return torch.nn.functional.cosine_similarity(a[:, None, :], b[None, :, :], dim=-1, eps=EPS)
