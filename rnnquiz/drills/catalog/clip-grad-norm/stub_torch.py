"""Drill `clip-grad-norm` (PyTorch track): clip a list of gradients by their global L2 norm."""

import torch


def clip_grad_norm(grads, max_norm):
    """Return (clipped, total_norm) (tensor ops; do not call torch.nn.utils.clip_grad_norm_).

    Do not modify the tensors in `grads` (no in-place mul_); return new ones. Gradients are not
    checked.

    Args:
        grads:    list of float64 tensors with shapes (H, D), (H, H), (H,).
        max_norm: float, the largest allowed global norm.

    Equations:
        total_norm = sqrt(sum over k of (grads[k] ** 2).sum())     # ONE norm over all tensors
        coef       = min(1, max_norm / (total_norm + 1e-6))
        clipped[k] = grads[k] * coef

    Returns:
        (clipped, total_norm): a list of float64 tensors shaped like grads, and the norm before
        clipping (a 0-d tensor or a float).
    """
    raise NotImplementedError("clip_grad_norm: compute the global norm and scale every gradient as described")
