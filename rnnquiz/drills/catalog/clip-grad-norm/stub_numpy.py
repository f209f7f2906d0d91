"""Drill `clip-grad-norm` (NumPy track): clip a list of gradients by their global L2 norm."""

import numpy as np


def clip_grad_norm(grads, max_norm):
    """Return (clipped, total_norm) as torch.nn.utils.clip_grad_norm_ would leave the .grad fields.

    Do not modify the arrays in `grads`; return new ones.

    Args:
        grads:    list of float64 arrays with shapes (H, D), (H, H), (H,).
        max_norm: float, the largest allowed global norm.

    Equations:
        total_norm = sqrt(sum over k of (grads[k] ** 2).sum())     # ONE norm over all arrays
        coef       = min(1, max_norm / (total_norm + 1e-6))
        clipped[k] = grads[k] * coef

    Returns:
        (clipped, total_norm): a list of float64 arrays shaped like grads, and a float (the norm
        before clipping).
    """
    raise NotImplementedError("clip_grad_norm: compute the global norm and scale every gradient as described")
