"""Reference for drill `additive-attention`, PyTorch track: Bahdanau attention, plus an nn.Linear version."""

import torch


def additive_attention(s, h, W_q, W_k, v):
    """Return (context (B, He), weights (B, S)); e_j = vᵀ tanh(W_q s + W_k h_j), softmax over j."""
    scores = (torch.tanh((s @ W_q.T)[None] + h @ W_k.T) @ v).T   # (B, S)
    weights = torch.softmax(scores, dim=1)                        # over the source positions
    context = torch.einsum("bs,sbh->bh", weights, h)
    return context, weights


def torch_nn_equivalent(s, h, W_q, W_k, v):
    """Return the same computed with three bias-free torch.nn.Linear layers, weights bound to the inputs."""
    from torch.func import functional_call

    s, h, W_q, W_k, v = (torch.as_tensor(t, dtype=torch.float64) for t in (s, h, W_q, W_k, v))
    A, Hd = W_q.shape
    He = W_k.shape[1]
    query = torch.nn.Linear(Hd, A, bias=False, dtype=torch.float64)
    key = torch.nn.Linear(He, A, bias=False, dtype=torch.float64)
    score = torch.nn.Linear(A, 1, bias=False, dtype=torch.float64)
    q = functional_call(query, {"weight": W_q}, (s,))            # (B, A)
    k = functional_call(key, {"weight": W_k}, (h,))              # (S, B, A)
    e = functional_call(score, {"weight": v[None, :]}, (torch.tanh(q.unsqueeze(0) + k),))  # (S, B, 1)
    weights = torch.nn.functional.softmax(e.squeeze(-1).T, dim=1)                         # (B, S)
    context = (weights.T.unsqueeze(-1) * h).sum(dim=0)                                     # (B, He)
    return context, weights
