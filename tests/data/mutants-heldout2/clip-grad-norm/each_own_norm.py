import numpy as np


def clip_grad_norm(grads, max_norm):
    norms = [np.linalg.norm(g) for g in grads]
    total = float(np.sqrt(np.sum(np.square(norms))))
    out = []
    for g, n in zip(grads, norms):
        if n > max_norm:
            g = g * (max_norm / (n + 1e-6))
        out.append(g.copy())
    return out, total
