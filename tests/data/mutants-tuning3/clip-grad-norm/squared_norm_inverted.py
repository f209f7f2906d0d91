import numpy as np

def clip_grad_norm(grads, max_norm):
    total = sum(float((g * g).sum()) for g in grads)
    c = total / (max_norm + 1e-6)
    if c > 1.0:
        c = 1.0
    return [c * g for g in grads], total
