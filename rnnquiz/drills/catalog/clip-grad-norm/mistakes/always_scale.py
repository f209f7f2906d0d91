"""Mistake `always-scale`: coef = max_norm / total_norm with no cap at 1."""

import numpy as np


def clip_grad_norm(grads, max_norm):
    total = float(np.sqrt(sum((g ** 2).sum() for g in grads)))
    coef = max_norm / (total + 1e-6)  # should be min(1.0, ...)
    return [g * coef for g in grads], total
