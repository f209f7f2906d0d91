"""Modules a template describes that torch.nn has no class for, built from torch.nn pieces for the verifier."""

from __future__ import annotations

import torch


class AdditiveAttention(torch.nn.Module):
    """Bahdanau scores e_j = vᵀ·tanh(W·s + U·h_j (+ b)) of one decoder state s against every encoder state h_j."""

    def __init__(self, query_size: int, key_size: int, attn_size: int, bias: bool = True):
        super().__init__()
        self.W = torch.nn.Linear(query_size, attn_size, bias=False)
        self.U = torch.nn.Linear(key_size, attn_size, bias=bias)  # the one bias b of the score
        self.v = torch.nn.Linear(attn_size, 1, bias=False)

    def forward(self, query: torch.Tensor, keys: torch.Tensor) -> torch.Tensor:
        """query (B, Dq), keys (B, S, Dk) → scores (B, S)."""
        return self.v(torch.tanh(self.W(query)[:, None, :] + self.U(keys))).squeeze(-1)


COMPOSITES = {"additive_attention": AdditiveAttention}


def build_composite(name: str, kwargs: dict) -> torch.nn.Module:
    """Return the composite module `name` built with `kwargs`."""
    return COMPOSITES[name](**kwargs)
