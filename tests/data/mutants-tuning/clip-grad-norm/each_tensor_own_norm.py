import numpy as np


def clip_grad_norm(grads, max_norm):
    out = []
    norms = []
    for g in grads:
        n = np.linalg.norm(g)
        norms.append(n ** 2)
        out.append(g * min(1.0, max_norm / (n + 1e-6)))
    return out, float(np.sqrt(sum(norms)))
