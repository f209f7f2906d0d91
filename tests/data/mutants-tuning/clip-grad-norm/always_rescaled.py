import numpy as np


def clip_grad_norm(grads, max_norm):
    total = np.sqrt(sum(np.sum(g ** 2) for g in grads))
    scale = max_norm / (total + 1e-6)
    return [g * scale for g in grads], float(total)
