import numpy as np


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    gi = np.split(y_prev_emb @ W_ih.T + b_ih, 3, axis=1)
    gh = np.split(s_prev @ W_hh.T + b_hh, 3, axis=1)
    r = 1 / (1 + np.exp(-(gi[0] + gh[0])))
    z = 1 / (1 + np.exp(-(gi[1] + gh[1])))
    n = np.tanh(gi[2] + r * gh[2])
    s = z * n + (1 - z) * s_prev                         # textbook blend
    scores = np.einsum("sbh,bh->bs", enc, s)
    scores[~src_mask] = -np.inf
    w = np.exp(scores - scores.max(1, keepdims=True))
    w /= w.sum(1, keepdims=True)
    ctx = np.einsum("bs,sbh->bh", w, enc)
    return s, w, ctx, np.tanh(np.hstack([ctx, s]) @ W_c.T + b_c)
