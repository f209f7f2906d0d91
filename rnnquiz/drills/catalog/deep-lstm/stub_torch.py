"""Drill `deep-lstm` (PyTorch track): a 2-layer stacked LSTM over a sequence."""

import torch


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    """Run a 2-layer LSTM over x, like torch.nn.LSTM(D, H, num_layers=2).

    Write it with tensor ops (do not call torch.nn.LSTM / LSTMCell). Time-major: x[t] is the
    batch at step t. All tensors are float64 and require grad: keep the computation
    differentiable (collect per-step states in a list and torch.stack them; avoid in-place
    writes into preallocated tensors).

    Args:
        x:      (T, B, D) inputs.
        h0, c0: (2, B, H) initial hidden and cell states, one slice per layer (layer 0 first).
        W_ih_0: (4H, D) layer 0 input weights   (torch: weight_ih_l0)
        W_hh_0: (4H, H) layer 0 hidden weights  (torch: weight_hh_l0)
        b_ih_0, b_hh_0: (4H,) layer 0 biases    (torch: bias_ih_l0, bias_hh_l0)
        W_ih_1: (4H, H) layer 1 input weights: layer 1 reads layer 0's h, so its input size is H
        W_hh_1: (4H, H); b_ih_1, b_hh_1: (4H,) layer 1's other weights (torch: *_l1)
        Rows of every 4H-sized weight are four H-sized gate blocks in the order i, f, g, o.

    Equations (per layer l, input sequence u = x for l = 0, layer 0's h^t for l = 1):
        h, c = h0[l], c0[l]
        for t in 0 .. T-1:
            z = u[t] @ W_ih_l.T + b_ih_l + h @ W_hh_l.T + b_hh_l      # (B, 4H)
            i, f, g, o = sigmoid(z_i), sigmoid(z_f), tanh(z_g), sigmoid(z_o)
            c = f * c + i * g
            h = o * tanh(c)

    Returns:
        (outputs, h_n, c_n):
        outputs (T, B, H): layer 1's hidden state at every step;
        h_n     (2, B, H): each layer's final h, layer 0 first;
        c_n     (2, B, H): each layer's final c, layer 0 first.
    """
    raise NotImplementedError("deep_lstm: not implemented yet (see the docstring)")
