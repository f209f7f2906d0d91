"""Reference for drill `gru`: one step of a GRU cell in torch.nn.GRUCell's layout (NumPy, float64).

The weights pack three gate blocks along axis 0 in the order r (reset), z (update), n (new):
W_ih = [W_ir; W_iz; W_in] of shape (3H, D), W_hh = [W_hr; W_hz; W_hn] of shape (3H, H).
"""

import numpy as np


def _sigmoid(z):
    # σ(z) = (1 + tanh(z/2)) / 2: the same function as 1/(1+e^-z), but it never overflows
    # (np.exp(-z) warns for z < -709), and tanh is as fast as exp.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    """Return the next hidden state h, shape (B, H).

    r = σ(x W_irᵀ + b_ir + h W_hrᵀ + b_hr)
    z = σ(x W_izᵀ + b_iz + h W_hzᵀ + b_hz)
    n = tanh(x W_inᵀ + b_in + r * (h W_hnᵀ + b_hn))
    h' = (1 - z) * n + z * h
    """
    H = h_prev.shape[1]
    # Two matmuls compute all three blocks at once: (B, 3H) each.
    gi = x @ W_ih.T + b_ih
    gh = h_prev @ W_hh.T + b_hh
    # r and z add the input and hidden parts; they are the first 2H columns.
    r = _sigmoid(gi[:, :H] + gh[:, :H])
    z = _sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
    # PyTorch (and cuDNN) apply the reset gate AFTER the hidden matmul, with b_hn inside:
    # r * (W_hn h + b_hn). Cho et al. 2014 use W_hn (r * h) instead; the two differ.
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    # z is the fraction of the OLD state kept (PyTorch's convention).
    return (1.0 - z) * n + z * h_prev
