"""Reference for drill `seq2seq-step`: one decoder step with dot-product (Luong) attention, NumPy."""

from __future__ import annotations

import numpy as np


def _sigmoid(z):
    # exp of a non-positive number only: no overflow warnings for large |z|.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # One step of the `gru` drill: blocks r, z, n; the reset applied after the hidden matmul.
    H = h_prev.shape[1]
    gi = x @ W_ih.T + b_ih
    gh = h_prev @ W_hh.T + b_hh
    r = _sigmoid(gi[:, :H] + gh[:, :H])
    z = _sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1.0 - z) * n + z * h_prev


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    """Run one attentional decoder step; return (s, weights, context, out)."""
    # 1. Decoder state: one PyTorch GRUCell step on the previous target word's embedding.
    s = _gru_cell(y_prev_emb, s_prev, W_ih, W_hh, b_ih, b_hh)  # (B, H)
    # 2. Luong "dot" scores: how well each encoder state enc[j, b] matches the NEW decoder state.
    scores = np.einsum("sbh,bh->bs", enc, s)  # (B, S)
    # 3. Padding positions get -inf, i.e. weight exactly 0 after the softmax; each row has at
    #    least one real token, so the row maximum is finite. Softmax over the source axis S.
    scores = np.where(src_mask, scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = e / e.sum(axis=-1, keepdims=True)  # (B, S), rows sum to 1
    # 4. Context: the attention-weighted average of the encoder states.
    context = np.einsum("bs,sbh->bh", weights, enc)  # (B, H)
    # 5. Attentional output (Luong 2015, eq. 5): tanh(W_c [context; s] + b_c), context first.
    out = np.tanh(np.concatenate([context, s], axis=-1) @ W_c.T + b_c)  # (B, H)
    return s, weights, context, out
