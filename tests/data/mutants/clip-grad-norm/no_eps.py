import numpy as np


def clip_grad_norm(grads, max_norm):
    total = float(np.sqrt(sum((g ** 2).sum() for g in grads)))
    coef = max_norm / total
    if coef < 1:
        grads = [g * coef for g in grads]
    else:
        grads = [g.copy() for g in grads]
    return grads, total
