"""Reference for drill `lstm-step-backward`: gradients of one torch.nn.LSTMCell step (NumPy, float64).

Loss L = Σ h * dh + Σ c * dc. The gradient reaches c along two paths — directly (dc) and
through h = o · tanh(c) — and leaves it for c_prev through the forget gate alone
(dc_prev = dc_t · f). That uninterrupted, un-squashed path is the LSTM's answer to vanishing
gradients. Gradients of packed weights keep the weights' block order i, f, g, o.
"""

import numpy as np


def _sigmoid(z):
    # σ(z) = (1 + tanh(z/2)) / 2: overflow-free.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    """Return (dx, dh_prev, dc_prev, dW_ih, dW_hh, db_ih, db_hh)."""
    H = h_prev.shape[1]
    # Forward pass, keeping the activations the derivatives are written with.
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh        # (B, 4H), blocks i, f, g, o
    i = _sigmoid(a[:, 0 * H:1 * H])
    f = _sigmoid(a[:, 1 * H:2 * H])
    g = np.tanh(a[:, 2 * H:3 * H])
    o = _sigmoid(a[:, 3 * H:4 * H])
    c = f * c_prev + i * g
    tc = np.tanh(c)

    # c feeds the loss directly and through h = o * tanh(c): add both.
    dc_total = dc + dh * o * (1.0 - tc ** 2)
    do = dh * tc
    di = dc_total * g
    df = dc_total * c_prev
    dg = dc_total * i
    dc_prev = dc_total * f
    # Back through the activations (σ' = σ(1-σ), tanh' = 1 - tanh²), packed in PyTorch's order.
    da = np.concatenate([di * i * (1.0 - i),
                         df * f * (1.0 - f),
                         dg * (1.0 - g ** 2),
                         do * o * (1.0 - o)], axis=1)      # (B, 4H)
    dx = da @ W_ih
    dh_prev = da @ W_hh
    dW_ih = da.T @ x
    dW_hh = da.T @ h_prev
    # Both biases are added to the same pre-activation, so each gets the full gradient.
    db_ih = da.sum(axis=0)
    db_hh = da.sum(axis=0)
    return dx, dh_prev, dc_prev, dW_ih, dW_hh, db_ih, db_hh
