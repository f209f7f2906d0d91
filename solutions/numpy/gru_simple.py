"""Reference for drill `gru-simple`: the course slide's simplified GRU (no reset gate), NumPy float64.

The slide writes every gate on the concatenation [a^(t-1), x^t] (previous state FIRST):
    c̃  = tanh(W_c [a_prev, x] + b_c)
    Γu = σ(W_u [a_prev, x] + b_u)
    a  = Γu * c̃ + (1 - Γu) * a_prev
so Γu is the fraction of the NEW candidate taken (PyTorch's z is the fraction of the old state).
"""

import numpy as np


def _sigmoid(z):
    # σ(z) = (1 + tanh(z/2)) / 2: overflow-free.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    """Return a, shape (B, H). W_c, W_u: (H, H + D); b_c, b_u: (H,); x (B, D); a_prev (B, H)."""
    # Batch rows are samples, so [a_prev, x] is a column-wise concatenation: (B, H + D).
    ax = np.concatenate([a_prev, x], axis=1)
    c_tilde = np.tanh(ax @ W_c.T + b_c)
    gamma_u = _sigmoid(ax @ W_u.T + b_u)
    return gamma_u * c_tilde + (1.0 - gamma_u) * a_prev
