import numpy as np


def clip_grad_norm(grads, max_norm):
    total = np.sqrt(np.sum([np.vdot(g, g) for g in grads]))
    clip = max_norm / (total + 1e-6)
    out = [g * clip if clip < 1 else g.copy() for g in grads]
    return out, float(total)
