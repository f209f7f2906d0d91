"""Reference for drill `deep-lstm`: a stacked (2-layer) LSTM over a sequence, PyTorch."""

from __future__ import annotations

import torch


def _lstm_layer(xs, h, c, W_ih, W_hh, b_ih, b_hh):
    # One LSTM layer over xs (T, B, D_in); input projection hoisted out of the time loop.
    x_proj = xs @ W_ih.T + b_ih  # (T, B, 4H)
    outs = []
    for t in range(xs.shape[0]):
        z = x_proj[t] + h @ W_hh.T + b_hh
        zi, zf, zg, zo = z.chunk(4, dim=-1)  # torch's gate order: i, f, g, o
        c = torch.sigmoid(zf) * c + torch.sigmoid(zi) * torch.tanh(zg)
        h = torch.sigmoid(zo) * torch.tanh(c)
        outs.append(h)
    return torch.stack(outs), h, c


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    """Run a 2-layer LSTM over x (T, B, D); return (outputs, h_n, c_n)."""
    # Layer 0 reads x; layer 1 reads layer 0's hidden states. Each starts from its own slice of
    # (h0, c0); the final states are stacked per layer, bottom layer first.
    out0, h_a, c_a = _lstm_layer(x, h0[0], c0[0], W_ih_0, W_hh_0, b_ih_0, b_hh_0)
    out1, h_b, c_b = _lstm_layer(out0, h0[1], c0[1], W_ih_1, W_hh_1, b_ih_1, b_hh_1)
    return out1, torch.stack([h_a, h_b]), torch.stack([c_a, c_b])


def torch_nn_equivalent(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    """Compute the same with torch.nn.LSTM(num_layers=2)."""
    from torch.func import functional_call

    D, H = x.shape[-1], W_hh_0.shape[1]
    lstm = torch.nn.LSTM(D, H, num_layers=2, dtype=x.dtype)
    params = {
        "weight_ih_l0": W_ih_0, "weight_hh_l0": W_hh_0, "bias_ih_l0": b_ih_0, "bias_hh_l0": b_hh_0,
        "weight_ih_l1": W_ih_1, "weight_hh_l1": W_hh_1, "bias_ih_l1": b_ih_1, "bias_hh_l1": b_hh_1,
    }
    outputs, (h_n, c_n) = functional_call(lstm, params, (x, (h0, c0)))
    return outputs, h_n, c_n
