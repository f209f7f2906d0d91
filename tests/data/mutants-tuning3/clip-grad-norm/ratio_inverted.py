import numpy as np

def clip_grad_norm(grads, max_norm):
    norm = np.sqrt(sum(np.sum(g ** 2) for g in grads))
    scale = min(1.0, norm / (max_norm + 1e-6))
    return [g * scale for g in grads], float(norm)
