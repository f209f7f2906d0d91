import numpy as np

def clip_grad_norm(grads, max_norm):
    acc = 0.0
    for g in grads:
        acc += np.sum(np.square(g))
    total = float(np.sqrt(acc))
    coef = max_norm / (total + 1e-6)
    if coef >= 1.0:
        return [g.copy() for g in grads], total
    return [g * coef for g in grads], total
