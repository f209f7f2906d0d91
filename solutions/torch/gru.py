"""Reference for drill `gru`, PyTorch track: one GRU step in GRUCell's layout, plus torch.nn.GRUCell."""

import torch
from torch.func import functional_call


def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    """Return the next hidden state h, shape (B, H); blocks r, z, n along axis 0 of the weights.

    r = σ(x W_irᵀ + b_ir + h W_hrᵀ + b_hr)
    z = σ(x W_izᵀ + b_iz + h W_hzᵀ + b_hz)
    n = tanh(x W_inᵀ + b_in + r * (h W_hnᵀ + b_hn))
    h' = (1 - z) * n + z * h
    """
    # chunk(3, dim=1) splits the (B, 3H) projections into the r, z, n blocks.
    i_r, i_z, i_n = (x @ W_ih.T + b_ih).chunk(3, dim=1)
    h_r, h_z, h_n = (h_prev @ W_hh.T + b_hh).chunk(3, dim=1)
    r = torch.sigmoid(i_r + h_r)
    z = torch.sigmoid(i_z + h_z)
    n = torch.tanh(i_n + r * h_n)          # reset AFTER the hidden matmul, b_hn inside
    return (1 - z) * n + z * h_prev        # z keeps the old state


def torch_nn_equivalent(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    """Return the same h computed by torch.nn.GRUCell with the given weights.

    The module is built on the meta device (no random init, no global RNG use) and run with
    torch.func.functional_call, which substitutes the given tensors for its parameters, so
    gradients flow back to every argument, weights included.
    """
    x, h_prev, W_ih, W_hh, b_ih, b_hh = (
        torch.as_tensor(a, dtype=torch.float64) for a in (x, h_prev, W_ih, W_hh, b_ih, b_hh))
    D = W_ih.shape[1]
    H = W_hh.shape[1]
    module = torch.nn.GRUCell(D, H, device="meta", dtype=torch.float64)
    params = {"weight_ih": W_ih, "weight_hh": W_hh, "bias_ih": b_ih, "bias_hh": b_hh}
    return functional_call(module, params, (x, h_prev))
