import numpy as np


def clip_grad_norm(grads, max_norm):
    total = sum(float(np.vdot(g, g)) for g in grads)
    factor = max(1.0, max_norm / (total + 1e-6))
    return [factor * g for g in grads], total
