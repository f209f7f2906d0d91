"""Reference for drill `lstm-seq`, PyTorch track: a one-layer LSTM over a time-major sequence.

Returns the flat triple (outputs, h_n, c_n), not torch.nn.LSTM's nested (output, (h_n, c_n)).
"""

import torch


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """Return (outputs (T, B, H), h_n (B, H), c_n (B, H)) for x (T, B, D), h0 and c0 (B, H)."""
    xproj = x @ W_ih.T + b_ih + b_hh            # (T, B, 4H): input parts of every step
    h, c = h0, c0
    outputs = []
    for t in range(x.shape[0]):
        i, f, g, o = (xproj[t] + h @ W_hh.T).chunk(4, dim=1)   # blocks i, f, g, o
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        outputs.append(h)
    return torch.stack(outputs), h, c


def torch_nn_equivalent(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """Return the same (outputs, h_n, c_n) computed by torch.nn.LSTM (num_layers=1), states squeezed."""
    x, h0, c0, W_ih, W_hh, b_ih, b_hh = (
        torch.as_tensor(a, dtype=torch.float64) for a in (x, h0, c0, W_ih, W_hh, b_ih, b_hh))
    D = W_ih.shape[1]
    H = W_hh.shape[1]
    lstm = torch.nn.LSTM(D, H, num_layers=1).to(torch.float64)
    with torch.no_grad():
        lstm.weight_ih_l0.copy_(W_ih)
        lstm.weight_hh_l0.copy_(W_hh)
        lstm.bias_ih_l0.copy_(b_ih)
        lstm.bias_hh_l0.copy_(b_hh)
    outputs, (h_n, c_n) = lstm(x, (h0[None], c0[None]))
    return outputs, h_n[0], c_n[0]
