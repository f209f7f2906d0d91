"""Reference for drill `clip-grad-norm`: gradient clipping by global norm (NumPy, float64).

Pascanu, Mikolov & Bengio (2013): when the norm of the whole gradient exceeds a threshold,
rescale it to the threshold. One factor for all parameters keeps the update's direction.
This is what torch.nn.utils.clip_grad_norm_ does (norm_type 2, the 1e-6 in the denominator).
"""

import numpy as np


def clip_grad_norm(grads, max_norm):
    """Return (clipped list, total_norm float); the inputs are not modified."""
    # The global norm: the length of all gradients concatenated into one vector.
    total = float(np.sqrt(sum(float((g * g).sum()) for g in grads)))
    # Capped at 1, so gradients already within the limit come back unchanged.
    coef = min(1.0, max_norm / (total + 1e-6))
    return [g * coef for g in grads], total  # g * coef makes new arrays
