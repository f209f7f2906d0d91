import numpy as np


def clip_grad_norm(grads, max_norm):
    per_tensor = np.array([np.linalg.norm(g.ravel()) for g in grads])
    total = float(np.linalg.norm(per_tensor))
    clip_coef = max_norm / (total + 1e-6)
    clip_coef = np.clip(clip_coef, None, 1.0)
    return [g * clip_coef for g in grads], total
