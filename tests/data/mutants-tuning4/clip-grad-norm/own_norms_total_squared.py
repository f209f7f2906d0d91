import numpy as np


def clip_grad_norm(grads, max_norm):
    out = []
    sumsq = 0.0
    for g in grads:
        n2 = float((g * g).sum())
        sumsq += n2
        out.append(g * min(1.0, max_norm / (np.sqrt(n2) + 1e-6)))
    return out, sumsq
