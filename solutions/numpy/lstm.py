"""Reference for drill `lstm`: one step of an LSTM cell in torch.nn.LSTMCell's layout (NumPy, float64).

The weights pack four gate blocks along axis 0 in the order i (input), f (forget), g (candidate),
o (output): W_ih (4H, D), W_hh (4H, H), b_ih and b_hh (4H,).
"""

import numpy as np


def _sigmoid(z):
    # σ(z) = (1 + tanh(z/2)) / 2: overflow-free and as accurate as 1/(1+e^-z) in absolute terms.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    """Return (h, c), each (B, H).

    i = σ(·), f = σ(·), g = tanh(·), o = σ(·)   with (·) = x W_*ᵀ + b_i* + h W_h*ᵀ + b_h*
    c = f * c_prev + i * g
    h = o * tanh(c)
    """
    H = h_prev.shape[1]
    # One (B, 4H) pre-activation for all gates; slice the blocks in PyTorch's order i, f, g, o.
    gates = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    i = _sigmoid(gates[:, 0 * H:1 * H])
    f = _sigmoid(gates[:, 1 * H:2 * H])
    g = np.tanh(gates[:, 2 * H:3 * H])   # the candidate is the only tanh block
    o = _sigmoid(gates[:, 3 * H:4 * H])
    c = f * c_prev + i * g                 # forget the old cell, add the gated candidate
    h = o * np.tanh(c)                     # squash the cell before exposing it (the slide omits tanh)
    return h, c
