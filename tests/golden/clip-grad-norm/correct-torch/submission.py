import torch


def clip_grad_norm(grads, max_norm):
    norms = torch.stack([torch.linalg.vector_norm(g) for g in grads])
    total_norm = torch.linalg.vector_norm(norms)
    coef = min(1.0, max_norm / (total_norm.item() + 1e-6))
    clipped = [g.clone() * coef for g in grads]
    return clipped, total_norm
