import numpy as np


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    Wr, Wz, Wn = W_ih[:H], W_ih[H:2 * H], W_ih[2 * H:]
    Ur, Uz, Un = W_hh[:H], W_hh[H:2 * H], W_hh[2 * H:]
    r = 1 / (1 + np.exp(-(y_prev_emb @ Wr.T + b_ih[:H] + s_prev @ Ur.T + b_hh[:H])))
    u = 1 / (1 + np.exp(-(y_prev_emb @ Wz.T + b_ih[H:2 * H] + s_prev @ Uz.T + b_hh[H:2 * H])))
    cand = np.tanh(y_prev_emb @ Wn.T + b_ih[2 * H:] + (r * s_prev) @ Un.T + b_hh[2 * H:])
    s = u * cand + (1 - u) * s_prev
    scores = np.einsum("sbh,bh->bs", enc, s)
    scores[~src_mask] = -np.inf
    w = np.exp(scores - scores.max(axis=1, keepdims=True))
    w /= w.sum(axis=1, keepdims=True)
    context = np.einsum("bs,sbh->bh", w, enc)
    out = np.tanh(np.hstack([context, s]) @ W_c.T + b_c)
    return s, w, context, out
