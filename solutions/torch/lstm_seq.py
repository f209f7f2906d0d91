"""Reference for drill `lstm-seq`, PyTorch track: a one-layer LSTM over a time-major sequence.

Returns the flat triple (outputs, h_n, c_n), not torch.nn.LSTM's nested (output, (h_n, c_n)).
"""

import torch
from torch.func import functional_call


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
    """Return the same (outputs, h_n, c_n) computed by torch.nn.LSTM with the given weights.

    torch.nn.LSTM returns (output, (h_n, c_n)) with (1, B, H) states: flattened and squeezed here.

    The module is built on the meta device (no random init, no global RNG use) and run with
    torch.func.functional_call, which substitutes the given tensors for its parameters, so
    gradients flow back to every argument, weights included.
    """
    x, h0, c0, W_ih, W_hh, b_ih, b_hh = (
        torch.as_tensor(a, dtype=torch.float64) for a in (x, h0, c0, W_ih, W_hh, b_ih, b_hh))
    D = W_ih.shape[1]
    H = W_hh.shape[1]
    module = torch.nn.LSTM(D, H, num_layers=1, device="meta", dtype=torch.float64)
    params = {"weight_ih_l0": W_ih, "weight_hh_l0": W_hh, "bias_ih_l0": b_ih, "bias_hh_l0": b_hh}
    outputs, (h_n, c_n) = functional_call(module, params, (x, (h0[None], c0[None])))
    return outputs, h_n[0], c_n[0]
