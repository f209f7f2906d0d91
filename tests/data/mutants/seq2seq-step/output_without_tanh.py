import numpy as np


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    gi = y_prev_emb @ W_ih.T + b_ih
    gh = s_prev @ W_hh.T + b_hh
    r = 0.5 * (1 + np.tanh(0.5 * (gi[:, :H] + gh[:, :H])))
    z = 0.5 * (1 + np.tanh(0.5 * (gi[:, H:2 * H] + gh[:, H:2 * H])))
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    s = (1 - z) * n + z * s_prev
    scores = np.where(src_mask, np.einsum("sbh,bh->bs", enc, s), -np.inf)
    w = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = w / w.sum(axis=-1, keepdims=True)
    context = np.einsum("bs,sbh->bh", w, enc)
    out = np.concatenate([context, s], axis=-1) @ W_c.T + b_c     # no tanh
    return s, w, context, out
