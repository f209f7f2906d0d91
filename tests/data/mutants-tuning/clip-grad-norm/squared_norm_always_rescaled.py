import numpy as np


def clip_grad_norm(grads, max_norm):
    sq = 0.0
    for g in grads:
        sq += float(np.vdot(g, g))
    coef = max_norm / (sq + 1e-6)
    return [g * coef for g in grads], sq
