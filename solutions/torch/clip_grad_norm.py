"""Reference for drill `clip-grad-norm`, PyTorch track: global-norm clipping, plus torch.nn.utils.clip_grad_norm_."""

import torch


def clip_grad_norm(grads, max_norm):
    """Return (clipped list, total_norm 0-d tensor); the inputs are not modified."""
    total = torch.sqrt(sum((g * g).sum() for g in grads))
    coef = torch.clamp(max_norm / (total + 1e-6), max=1.0)   # never scale up
    return [g * coef for g in grads], total


def torch_nn_equivalent(grads, max_norm):
    """Return the same via torch.nn.utils.clip_grad_norm_ on parameters whose .grad holds copies of grads."""
    grads = [torch.as_tensor(g, dtype=torch.float64) for g in grads]
    params = [torch.nn.Parameter(torch.zeros_like(g)) for g in grads]
    for p, g in zip(params, grads):
        p.grad = g.detach().clone()
    total = torch.nn.utils.clip_grad_norm_(params, max_norm)
    return [p.grad for p in params], total
