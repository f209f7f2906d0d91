"""Reference for drill `seq2seq-step`: one decoder step with dot-product (Luong) attention, PyTorch."""

from __future__ import annotations

import torch


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    """Run one attentional decoder step; return (s, weights, context, out)."""
    # GRUCell step (blocks r, z, n; b_hn inside the reset product).
    i_r, i_z, i_n = (y_prev_emb @ W_ih.T + b_ih).chunk(3, dim=-1)
    h_r, h_z, h_n = (s_prev @ W_hh.T + b_hh).chunk(3, dim=-1)
    r, z = torch.sigmoid(i_r + h_r), torch.sigmoid(i_z + h_z)
    s = (1 - z) * torch.tanh(i_n + r * h_n) + z * s_prev  # (B, H)
    # Dot scores against the new state, padding masked to -inf, softmax over the source axis.
    scores = torch.einsum("sbh,bh->bs", enc, s).masked_fill(~src_mask, float("-inf"))
    weights = torch.softmax(scores, dim=-1)  # (B, S); masked entries are exactly 0
    context = torch.einsum("bs,sbh->bh", weights, enc)  # (B, H)
    out = torch.tanh(torch.cat([context, s], dim=-1) @ W_c.T + b_c)  # [context, s]
    return s, weights, context, out


def torch_nn_equivalent(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    """Compute the same with torch.nn.GRUCell, F.scaled_dot_product_attention and torch.nn.Linear."""
    import torch.nn.functional as F
    from torch.func import functional_call

    E, H = y_prev_emb.shape[-1], s_prev.shape[-1]
    cell = torch.nn.GRUCell(E, H, dtype=s_prev.dtype)
    combine = torch.nn.Linear(2 * H, H, dtype=s_prev.dtype)
    s = functional_call(cell, {"weight_ih": W_ih, "weight_hh": W_hh, "bias_ih": b_ih, "bias_hh": b_hh},
                        (y_prev_emb, s_prev))
    keys = enc.transpose(0, 1)  # (B, S, H), batch-first for bmm / SDPA
    query = s.unsqueeze(1)  # (B, 1, H)
    scores = torch.bmm(query, keys.transpose(1, 2)).squeeze(1)  # (B, S)
    weights = F.softmax(scores.masked_fill(~src_mask, float("-inf")), dim=-1)
    # Unscaled dot-product attention (scale=1.0); a bool attn_mask marks the positions that take part.
    context = F.scaled_dot_product_attention(query, keys, keys, attn_mask=src_mask.unsqueeze(1), scale=1.0)
    context = context.squeeze(1)
    out = torch.tanh(functional_call(combine, {"weight": W_c, "bias": b_c}, (torch.cat([context, s], dim=-1),)))
    return s, weights, context, out
