"""Reference for drill `packed-gru`: a GRU over a padded batch of variable-length sequences, NumPy."""

from __future__ import annotations

import numpy as np


def _sigmoid(z):
    # exp of a non-positive number only: no overflow warnings for large |z|.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # One step of the `gru` drill: blocks r, z, n; the reset applied after the hidden matmul.
    H = h_prev.shape[1]
    gi = x @ W_ih.T + b_ih
    gh = h_prev @ W_hh.T + b_hh
    r = _sigmoid(gi[:, :H] + gh[:, :H])
    z = _sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1.0 - z) * n + z * h_prev


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    """Run a GRU over padded x (T, B, D) with true lengths (B,); return (outputs, h_n)."""
    T, H = x.shape[0], W_hh.shape[1]
    # valid[t, b] is True while step t is inside sequence b (t < lengths[b]). This is what
    # pack_padded_sequence encodes: padded steps are simply never fed to the GRU.
    valid = (np.arange(T)[:, None] < lengths[None, :])[..., None]  # (T, B, 1)
    outputs = np.zeros(x.shape[:2] + (H,))
    h = h0
    for t in range(T):
        h_new = _gru_cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        # A finished sequence keeps its state (so h_n is its state at its own last step) and
        # emits zeros, as pad_packed_sequence pads with 0.
        h = np.where(valid[t], h_new, h)
        outputs[t] = np.where(valid[t], h_new, 0.0)
    return outputs, h
