"""Reference for drill `packed-gru`: a GRU over a padded batch of variable-length sequences, PyTorch."""

from __future__ import annotations

import torch


def packed_gru(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    """Run a GRU over padded x (T, B, D) with true lengths (B,); return (outputs, h_n)."""
    T = x.shape[0]
    # valid[t, b]: step t lies inside sequence b. Padded steps neither change the state nor
    # produce output, exactly as if they had been packed away.
    valid = (torch.arange(T)[:, None] < lengths[None, :])[..., None]  # (T, B, 1)
    x_r, x_z, x_n = (x @ W_ih.T + b_ih).chunk(3, dim=-1)  # blocks r, z, n, each (T, B, H)
    h = h0
    outs = []
    for t in range(T):
        h_r, h_z, h_n = (h @ W_hh.T + b_hh).chunk(3, dim=-1)
        r = torch.sigmoid(x_r[t] + h_r)
        z = torch.sigmoid(x_z[t] + h_z)
        n = torch.tanh(x_n[t] + r * h_n)  # reset applied after the hidden matmul (b_hn inside)
        h_new = (1 - z) * n + z * h
        outs.append(torch.where(valid[t], h_new, torch.zeros_like(h_new)))
        h = torch.where(valid[t], h_new, h)  # finished sequences keep their last state
    return torch.stack(outs), h


def torch_nn_equivalent(x, lengths, h0, W_ih, W_hh, b_ih, b_hh):
    """Compute the same with pack_padded_sequence + torch.nn.GRU + pad_packed_sequence."""
    from torch.func import functional_call
    from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

    T, D, H = x.shape[0], x.shape[-1], W_hh.shape[1]
    gru = torch.nn.GRU(D, H, dtype=x.dtype)
    params = {"weight_ih_l0": W_ih, "weight_hh_l0": W_hh, "bias_ih_l0": b_ih, "bias_hh_l0": b_hh}
    packed = pack_padded_sequence(x, lengths.cpu(), enforce_sorted=False)
    out_packed, h_n = functional_call(gru, params, (packed, h0.unsqueeze(0)))
    outputs, _ = pad_packed_sequence(out_packed, total_length=T)
    return outputs, h_n[0]
