import numpy as np


def clip_grad_norm(grads, max_norm):
    flat = np.concatenate([g.ravel() for g in grads])
    total_norm = float(np.linalg.norm(flat))
    scale = max_norm / (total_norm + 1e-6)
    return [scale * g for g in grads], total_norm
