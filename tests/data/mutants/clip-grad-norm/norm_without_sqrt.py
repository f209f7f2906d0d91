import numpy as np


def clip_grad_norm(grads, max_norm):
    total = sum(float(np.sum(g ** 2)) for g in grads)      # the squared norm
    scale = min(1.0, max_norm / (total + 1e-6))
    return [g * scale for g in grads], total
