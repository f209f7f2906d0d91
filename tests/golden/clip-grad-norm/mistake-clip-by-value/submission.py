import numpy as np


def clip_grad_norm(grads, max_norm):
    total_norm = np.sqrt(sum(np.sum(g ** 2) for g in grads))
    clipped = []
    for g in grads:
        c = g.copy()
        c[c > max_norm] = max_norm
        c[c < -max_norm] = -max_norm
        clipped.append(c)
    return clipped, float(total_norm)
