"""Mistake `per-tensor-clipping`: each array scaled by its own norm."""

import numpy as np


def clip_grad_norm(grads, max_norm):
    total = float(np.sqrt(sum((g ** 2).sum() for g in grads)))
    clipped = []
    for g in grads:
        norm = np.sqrt((g ** 2).sum())  # should be the global norm
        clipped.append(g * min(1.0, max_norm / (norm + 1e-6)))
    return clipped, total
