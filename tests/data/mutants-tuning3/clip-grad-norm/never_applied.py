import math
import numpy as np

def clip_grad_norm(grads, max_norm):
    sq = 0.0
    for g in grads:
        sq += float(np.vdot(g, g))
    total = math.sqrt(sq)
    clip = max_norm / (total + 1e-6)
    if clip < 1:
        factor = clip
    return [np.array(g, copy=True) for g in grads], total
