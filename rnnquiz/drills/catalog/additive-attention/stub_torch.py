"""Drill `additive-attention` (PyTorch track): one step of Bahdanau (additive) attention."""

import torch


def additive_attention(s, h, W_q, W_k, v):
    """Return (context, weights) for decoder state s attending over encoder states h
    (differentiable tensor ops; do not build nn.Linear modules).

    W_q and W_k are the weights of bias-free torch.nn.Linear(Hd, A) and torch.nn.Linear(He, A).
    Gradients w.r.t. every input are checked.

    Args:
        s:   (B, Hd) float64 tensor, decoder state.
        h:   (S, B, He) float64 tensor, encoder states, time-major (h[j] is source position j).
        W_q: (A, Hd) projection of the decoder state.
        W_k: (A, He) projection of the encoder states.
        v:   (A,) scoring vector.

    Equations:
        e[b, j]    = v · tanh(W_q s[b] + W_k h[j, b])      # (B, S)
        weights[b] = softmax over j of e[b, :]               # each row sums to 1
        context[b] = sum_j weights[b, j] * h[j, b]           # (B, He)

    Returns:
        (context, weights): (B, He) and (B, S) float64 tensors.
    """
    raise NotImplementedError("additive_attention: implement the Bahdanau attention step described in the docstring")
