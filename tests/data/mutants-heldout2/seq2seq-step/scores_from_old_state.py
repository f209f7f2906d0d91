import numpy as np


def _sig(t):
    return 1 / (1 + np.exp(-t))


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    gi = y_prev_emb @ W_ih.T + b_ih
    gh = s_prev @ W_hh.T + b_hh
    r = _sig(gi[:, :H] + gh[:, :H])
    z = _sig(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    s = (1 - z) * n + z * s_prev

    # score every source position against the decoder state
    sc = np.einsum("sbh,bh->bs", enc, s_prev)
    sc = np.where(src_mask, sc, -np.inf)
    a = np.exp(sc - sc.max(axis=1, keepdims=True))
    a = a / a.sum(axis=1, keepdims=True)
    ctx = np.einsum("bs,sbh->bh", a, enc)
    out = np.tanh(np.concatenate([ctx, s], axis=1) @ W_c.T + b_c)
    return s, a, ctx, out
