"""Reference for drill `gru-seq`, PyTorch track: a one-layer GRU over a time-major sequence."""

import torch
from torch.func import functional_call


def gru_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Return (outputs (T, B, H), h_n (B, H)) for x (T, B, D) and h0 (B, H), like torch.nn.GRU."""
    gi_all = x @ W_ih.T + b_ih                  # (T, B, 3H): input parts of every step
    h = h0
    outputs = []
    for t in range(x.shape[0]):
        i_r, i_z, i_n = gi_all[t].chunk(3, dim=1)
        h_r, h_z, h_n = (h @ W_hh.T + b_hh).chunk(3, dim=1)
        r = torch.sigmoid(i_r + h_r)
        z = torch.sigmoid(i_z + h_z)
        n = torch.tanh(i_n + r * h_n)
        h = (1 - z) * n + z * h
        outputs.append(h)
    return torch.stack(outputs), h


def torch_nn_equivalent(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Return the same (outputs, h_n) computed by torch.nn.GRU with the given weights.

    The module is built on the meta device (no random init, no global RNG use) and run with
    torch.func.functional_call, which substitutes the given tensors for its parameters, so
    gradients flow back to every argument, weights included.
    """
    x, h0, W_ih, W_hh, b_ih, b_hh = (
        torch.as_tensor(a, dtype=torch.float64) for a in (x, h0, W_ih, W_hh, b_ih, b_hh))
    D = W_ih.shape[1]
    H = W_hh.shape[1]
    module = torch.nn.GRU(D, H, num_layers=1, device="meta", dtype=torch.float64)
    params = {"weight_ih_l0": W_ih, "weight_hh_l0": W_hh, "bias_ih_l0": b_ih, "bias_hh_l0": b_hh}
    outputs, h_n = functional_call(module, params, (x, h0[None]))
    return outputs, h_n[0]
