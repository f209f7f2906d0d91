import numpy as np


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    a = y_prev_emb @ W_ih.T + b_ih
    b = s_prev @ W_hh.T + b_hh
    r = 1 / (1 + np.exp(-(a[:, :H] + b[:, :H])))
    z = 1 / (1 + np.exp(-(a[:, H:2 * H] + b[:, H:2 * H])))
    n = np.tanh(a[:, 2 * H:] + r * b[:, 2 * H:])
    s = (1 - z) * n + z * s_prev
    e = (enc * s[None]).sum(-1).T                       # (B, S)
    p = np.exp(e - e.max(-1, keepdims=True))
    p = p / p.sum(-1, keepdims=True)
    p = p * src_mask                                    # masked after the softmax, not renormalised
    context = (p.T[:, :, None] * enc).sum(0)
    out = np.tanh(np.concatenate([context, s], -1) @ W_c.T + b_c)
    return s, p, context, out
