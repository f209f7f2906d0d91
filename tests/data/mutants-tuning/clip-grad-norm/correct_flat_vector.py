import numpy as np


def clip_grad_norm(grads, max_norm):
    flat = np.concatenate([g.ravel() for g in grads])
    norm = float(np.linalg.norm(flat))
    factor = max_norm / (norm + 1e-6)
    if factor >= 1.0:
        return [g.copy() for g in grads], norm
    return [g * factor for g in grads], norm
