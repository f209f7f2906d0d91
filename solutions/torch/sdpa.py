"""Reference for drill `sdpa`, PyTorch track: masked scaled dot-product attention, plus F.scaled_dot_product_attention."""

import math

import torch


def attention(q, k, v, mask):
    """Return (out (B, Tq, Dv), weights (B, Tq, Tk)); mask True = may attend."""
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])  # (B, Tq, Tk)
    scores = scores.masked_fill(~mask, float("-inf"))          # blocked keys: weight 0
    weights = torch.softmax(scores, dim=-1)                     # over the keys
    return weights @ v, weights


def torch_nn_equivalent(q, k, v, mask):
    """Return out from F.scaled_dot_product_attention(q, k, v, attn_mask=mask) and the weights it uses.

    The functional does not return its weights, so they are computed as
    softmax(q kᵀ / sqrt(Dk) with -inf where mask is False) over the keys.
    """
    q, k, v = (torch.as_tensor(t, dtype=torch.float64) for t in (q, k, v))
    mask = torch.as_tensor(mask, dtype=torch.bool)
    out = torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask)
    scores = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(q.shape[-1]))
    weights = torch.softmax(scores.masked_fill(~mask, float("-inf")), dim=-1)
    return out, weights
