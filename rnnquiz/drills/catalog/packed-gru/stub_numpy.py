"""Drill `packed-gru` (NumPy track): a GRU over a padded batch of variable-length sequences."""

import numpy as np


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    """Run a one-layer GRU over padded variable-length sequences (like packing + nn.GRU).

    Time-major: x[t] is the batch at step t. Floats are float64, lengths are int64.

    Args:
        x:       (T, B, D) padded inputs; sequence b is x[:lengths[b], b], the rest is padding
                 (arbitrary numbers, not zeros).
        lengths: (B,) true lengths, 1 <= lengths[b] <= T, max(lengths) == T.
        h0:      (B, H) initial state.
        W_ih:    (3H, D) input weights      (torch: weight_ih_l0)
        W_hh:    (3H, H) hidden weights     (torch: weight_hh_l0)
        b_ih, b_hh: (3H,) biases            (torch: bias_ih_l0, bias_hh_l0)
        Every 3H axis holds three H-sized gate blocks in the order r, z, n.

    Equations (PyTorch's GRU; h starts at h0):
        r  = sigmoid(x[t] @ W_ir.T + b_ir + h @ W_hr.T + b_hr)
        z  = sigmoid(x[t] @ W_iz.T + b_iz + h @ W_hz.T + b_hz)
        n  = tanh(x[t] @ W_in.T + b_in + r * (h @ W_hn.T + b_hn))
        h' = (1 - z) * n + z * h
        Only steps t < lengths[b] are run for row b.

    Returns:
        (outputs, h_n):
        outputs (T, B, H): the state after step t where t < lengths[b], exactly 0 at padded steps;
        h_n     (B, H):    each sequence's state after its last real step, t = lengths[b] - 1.
    """
    raise NotImplementedError("packed_gru: not implemented yet (see the docstring)")
