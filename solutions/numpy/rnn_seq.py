"""Reference for drill `rnn-seq`: a one-layer tanh RNN over a time-major sequence (NumPy, float64).

Matches torch.nn.RNN(D, H, num_layers=1) with batch_first=False: x (T, B, D), h0 (B, H);
returns (outputs (T, B, H), h_n (B, H)).
"""

import numpy as np


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Return (outputs, h_n): every step's hidden state in time order, and the last one."""
    T, B, D = x.shape
    H = h0.shape[1]
    # The input part does not depend on the recurrence: project all T steps in one matmul.
    xproj = (x.reshape(T * B, D) @ W_ih.T).reshape(T, B, H) + (b_ih + b_hh)
    outputs = np.empty((T, B, H), dtype=np.result_type(x, h0, W_ih))
    h = h0
    for t in range(T):
        # Carry h from step to step: h_t = tanh(x_t W_ihᵀ + b_ih + h_{t-1} W_hhᵀ + b_hh).
        h = np.tanh(xproj[t] + h @ W_hh.T)
        outputs[t] = h
    # With T >= 1, h_n is the last output; returning h (not outputs[-1]) avoids a view.
    return outputs, h
