import numpy as np


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    sig = lambda t: 1 / (1 + np.exp(-t))
    Wr, Wz, Wn = np.split(W_hh, 3)
    br, bz, bn = np.split(b_hh, 3)
    xr, xz, xn = np.split(y_prev_emb @ W_ih.T + b_ih, 3, axis=1)
    r = sig(xr + s_prev @ Wr.T + br)
    z = sig(xz + s_prev @ Wz.T + bz)
    n = np.tanh(xn + (r * s_prev) @ Wn.T + bn)
    s = (1 - z) * n + z * s_prev

    scores = (enc * s[None]).sum(-1).T          # (B, S)
    scores -= scores.max(axis=1, keepdims=True)
    att = np.exp(scores)
    att /= att.sum(axis=1, keepdims=True)
    context = (att.T[..., None] * enc).sum(0)
    out = np.tanh(np.hstack([context, s]) @ W_c.T + b_c)
    return s, att, context, out
