import numpy as np


def clip_grad_norm(grads, max_norm):
    flat = np.concatenate([g.ravel() for g in grads])
    total = float(np.linalg.norm(flat))
    coef = max(1.0, max_norm / (total + 1e-6))
    return [g * coef for g in grads], total
