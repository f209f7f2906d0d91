import numpy as np


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    sg = lambda a: 0.5 * (1 + np.tanh(0.5 * a))
    gx = y_prev_emb @ W_ih.T + b_ih
    gs = s_prev @ W_hh.T + b_hh
    r, z = sg(gx[:, :H] + gs[:, :H]), sg(gx[:, H:2 * H] + gs[:, H:2 * H])
    s = (1 - z) * np.tanh(gx[:, 2 * H:] + r * gs[:, 2 * H:]) + z * s_prev
    scores = (enc * s[None]).sum(-1).T          # (B, S)
    scores = np.where(src_mask, scores, 0.0)
    e = np.exp(scores - scores.max(-1, keepdims=True))
    att = e / e.sum(-1, keepdims=True)
    context = (att.T[..., None] * enc).sum(0)
    out = np.tanh(np.concatenate([context, s], -1) @ W_c.T + b_c)
    return s, att, context, out
