import numpy as np


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    gi = y_prev_emb @ W_ih.T + b_ih
    gh = s_prev @ W_hh.T + b_hh
    r = 1 / (1 + np.exp(-(gi[:, :H] + gh[:, :H])))
    z = 1 / (1 + np.exp(-(gi[:, H:2 * H] + gh[:, H:2 * H])))
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    s = (1 - z) * n + z * s_prev
    B, S = src_mask.shape
    w = np.zeros((B, S))
    for b in range(B):
        sc = np.array([enc[j, b] @ s[b] if src_mask[b, j] else -1e30 for j in range(S)])
        e = np.exp(sc - sc.max())
        w[b] = e / e.sum()
    ctx = np.einsum("bs,sbh->bh", w, enc)
    return s, w, ctx, np.tanh(np.concatenate([ctx, s], axis=1) @ W_c.T + b_c)
