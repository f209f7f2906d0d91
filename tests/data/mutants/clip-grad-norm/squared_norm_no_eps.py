import numpy as np


def clip_grad_norm(grads, max_norm):
    sq = 0.0
    for g in grads:
        sq += float((g * g).sum())
    coef = min(1.0, max_norm / sq)
    return [g * coef for g in grads], sq
