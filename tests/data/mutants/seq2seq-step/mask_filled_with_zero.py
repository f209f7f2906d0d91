import numpy as np


def sig(v):
    return 1 / (1 + np.exp(-v))


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    gi = y_prev_emb @ W_ih.T + b_ih
    gh = s_prev @ W_hh.T + b_hh
    r = sig(gi[:, :H] + gh[:, :H])
    z = sig(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    s = (1 - z) * n + z * s_prev
    scores = np.einsum("sbh,bh->bs", enc, s)
    scores = np.where(src_mask, scores, 0.0)          # 0 instead of -inf
    w = np.exp(scores - scores.max(axis=1, keepdims=True))
    w = w / w.sum(axis=1, keepdims=True)
    ctx = np.einsum("bs,sbh->bh", w, enc)
    out = np.tanh(np.concatenate([ctx, s], axis=1) @ W_c.T + b_c)
    return s, w, ctx, out
