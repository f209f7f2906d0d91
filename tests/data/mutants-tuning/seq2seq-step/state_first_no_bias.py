import numpy as np


def gru(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    a, b = x @ W_ih.T + b_ih, h @ W_hh.T + b_hh
    r = 0.5 * (1 + np.tanh(0.5 * (a[:, :H] + b[:, :H])))
    z = 0.5 * (1 + np.tanh(0.5 * (a[:, H:2 * H] + b[:, H:2 * H])))
    n = np.tanh(a[:, 2 * H:] + r * b[:, 2 * H:])
    return (1 - z) * n + z * h


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    s = gru(y_prev_emb, s_prev, W_ih, W_hh, b_ih, b_hh)
    scores = np.einsum("sbh,bh->bs", enc, s)
    scores = np.where(src_mask, scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = weights / weights.sum(axis=-1, keepdims=True)
    context = np.einsum("bs,sbh->bh", weights, enc)
    out = np.tanh(np.concatenate([s, context], axis=-1) @ W_c.T)    # [s, context], no b_c
    return s, weights, context, out
