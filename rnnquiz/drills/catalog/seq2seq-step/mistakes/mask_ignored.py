"""Mistake `mask-ignored`: padding positions take part in the softmax."""

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _gru_cell(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    gi = x @ W_ih.T + b_ih
    gh = h @ W_hh.T + b_hh
    r = _sigmoid(gi[:, :H] + gh[:, :H])
    z = _sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    return (1 - z) * n + z * h


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    s = _gru_cell(y_prev_emb, s_prev, W_ih, W_hh, b_ih, b_hh)
    scores = np.einsum("sbh,bh->bs", enc, s)  # src_mask never applied
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    weights = e / e.sum(axis=1, keepdims=True)
    context = np.einsum("bs,sbh->bh", weights, enc)
    out = np.tanh(np.concatenate([context, s], axis=1) @ W_c.T + b_c)
    return s, weights, context, out
