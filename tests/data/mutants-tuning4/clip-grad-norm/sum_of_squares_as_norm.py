import numpy as np


def clip_grad_norm(grads, max_norm):
    sq = 0.0
    for g in grads:
        sq += np.sum(g ** 2)
    total = float(sq)              # the global norm
    scale = max_norm / (total + 1e-6)
    if scale < 1:
        return [g * scale for g in grads], total
    return [g.copy() for g in grads], total
