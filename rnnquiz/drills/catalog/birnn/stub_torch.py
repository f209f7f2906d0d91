"""Drill `birnn` (PyTorch track): a bidirectional RNN layer with the slide's output layer."""

import torch


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    """Run one bidirectional tanh RNN layer over x, then y^t = W_y [→a^t, ←a^t] + b_y.

    Same layout as torch.nn.RNN(D, H, bidirectional=True) followed by torch.nn.Linear(2H, O),
    but written with tensor ops (do not call torch.nn.RNN). Time-major: x[t] is the batch at
    step t. All tensors are float64 and require grad; keep the computation differentiable
    (build lists and torch.stack/torch.cat them rather than writing into a preallocated tensor
    in place).

    Args:
        x:        (T, B, D) inputs.
        h0:       (2, B, H) initial states: h0[0] forward, h0[1] backward.
        W_ih:     (H, D) forward input weights      (torch: weight_ih_l0)
        W_hh:     (H, H) forward hidden weights     (torch: weight_hh_l0)
        b_ih:     (H,)   forward input bias         (torch: bias_ih_l0)
        b_hh:     (H,)   forward hidden bias        (torch: bias_hh_l0)
        W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev: the backward direction's own weights, same shapes
                  (torch: weight_ih_l0_reverse, ...).
        W_y:      (O, 2H) output weights (torch.nn.Linear layout: y = z @ W_y.T + b_y)
        b_y:      (O,)   output bias

    Equations:
        forward,  t = 0 .. T-1, starting from h0[0]:
            →a^t = tanh(x[t] @ W_ih.T + b_ih + →a^(t-1) @ W_hh.T + b_hh)
        backward, t = T-1 .. 0, starting from h0[1]:
            ←a^t = tanh(x[t] @ W_ih_rev.T + b_ih_rev + ←a^(t+1) @ W_hh_rev.T + b_hh_rev)
        outputs[t] = cat(→a^t, ←a^t)             forward half first
        h_n        = stack(→a^(T-1), ←a^0)       each direction's last state
        y[t]       = outputs[t] @ W_y.T + b_y     slide §8 with f = identity

    Returns:
        (outputs, h_n, y) with shapes (T, B, 2H), (2, B, H), (T, B, O).
    """
    raise NotImplementedError("birnn: not implemented yet (see the docstring)")
