import numpy as np


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    gi = y_prev_emb @ W_ih.T + b_ih
    gh = s_prev @ W_hh.T + b_hh
    r = 1 / (1 + np.exp(-(gi[:, :H] + gh[:, :H])))
    z = 1 / (1 + np.exp(-(gi[:, H:2 * H] + gh[:, H:2 * H])))
    s = (1 - z) * np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:]) + z * s_prev
    B, S = s.shape[0], enc.shape[0]
    weights = np.zeros((B, S))
    context = np.zeros_like(s)
    for b in range(B):
        keep = src_mask[b]
        sc = enc[keep, b] @ s[b]
        p = np.exp(sc - sc.max())
        weights[b, keep] = p / p.sum()
        context[b] = weights[b] @ enc[:, b]
    out = np.tanh(np.concatenate([context, s], axis=1) @ W_c.T + b_c)
    return s, weights, context, out
