import numpy as np


def clip_grad_norm(grads, max_norm):
    flat = np.concatenate([g.ravel() for g in grads])
    total_norm = np.linalg.norm(flat)
    if total_norm > max_norm:
        scale = max_norm / (total_norm + 1e-6)
    else:
        scale = 1.0
    return [scale * g for g in grads], float(total_norm)
