"""Reference for drill `gru-seq`: a one-layer GRU over a time-major sequence (NumPy, float64).

Matches torch.nn.GRU(D, H, num_layers=1), batch_first=False: x (T, B, D), h0 (B, H), weights in
GRUCell's layout (blocks r, z, n); returns (outputs (T, B, H), h_n (B, H)). Each step is one
`gru` cell, so the grader can explain a mistake inside the cell with the `gru` drill's diagnosis.
"""

import numpy as np


def _sigmoid(z):
    # σ(z) = (1 + tanh(z/2)) / 2: overflow-free.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # One step of the `gru` drill (reset after the hidden matmul, b_hn inside; z keeps the old state).
    H = h_prev.shape[1]
    gi = x @ W_ih.T + b_ih
    gh = h_prev @ W_hh.T + b_hh
    r = _sigmoid(gi[:, :H] + gh[:, :H])
    z = _sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1.0 - z) * n + z * h_prev


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Return (outputs, h_n) of the GRU run over all T steps, starting from h0."""
    T, B = x.shape[:2]
    outputs = np.empty((T, B, h0.shape[1]), dtype=np.result_type(x, h0, W_ih))
    h = h0
    for t in range(T):
        h = _gru_cell(x[t], h, W_ih, W_hh, b_ih, b_hh)  # carry the new state into the next step
        outputs[t] = h
    return outputs, h
