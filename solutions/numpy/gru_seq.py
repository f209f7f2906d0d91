"""Reference for drill `gru-seq`: a one-layer GRU over a time-major sequence (NumPy, float64).

Matches torch.nn.GRU(D, H, num_layers=1), batch_first=False: x (T, B, D), h0 (B, H), weights in
GRUCell's layout (blocks r, z, n); returns (outputs (T, B, H), h_n (B, H)).
"""

import numpy as np


def _sigmoid(z):
    # σ(z) = (1 + tanh(z/2)) / 2: overflow-free.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Return (outputs, h_n) of the GRU run over all T steps, starting from h0."""
    T, B, D = x.shape
    H = h0.shape[1]
    # Input projections of every step at once (they do not depend on h): (T, B, 3H).
    gi_all = (x.reshape(T * B, D) @ W_ih.T).reshape(T, B, 3 * H) + b_ih
    outputs = np.empty((T, B, H), dtype=np.result_type(x, h0, W_ih))
    h = h0
    for t in range(T):
        gi = gi_all[t]
        gh = h @ W_hh.T + b_hh       # b_hh must be added here: b_hn sits inside r * (...)
        r = _sigmoid(gi[:, :H] + gh[:, :H])
        z = _sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
        n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
        h = (1.0 - z) * n + z * h    # carry the new state into the next step
        outputs[t] = h
    return outputs, h
