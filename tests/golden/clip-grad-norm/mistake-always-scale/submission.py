import numpy as np


def clip_grad_norm(grads, max_norm):
    total_norm = np.linalg.norm(np.concatenate([g.flatten() for g in grads]))
    # rescale so that the gradient has length max_norm
    clipped = [g / (total_norm + 1e-6) * max_norm for g in grads]
    return clipped, float(total_norm)
