import numpy as np


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    sig = lambda v: 1 / (1 + np.exp(-v))
    Wr, Wz, Wn = W_ih[:H], W_ih[H:2 * H], W_ih[2 * H:]
    Ur, Uz, Un = W_hh[:H], W_hh[H:2 * H], W_hh[2 * H:]
    r = sig(y_prev_emb @ Wr.T + b_ih[:H] + s_prev @ Ur.T + b_hh[:H])
    z = sig(y_prev_emb @ Wz.T + b_ih[H:2 * H] + s_prev @ Uz.T + b_hh[H:2 * H])
    n = np.tanh(y_prev_emb @ Wn.T + b_ih[2 * H:] + (r * s_prev) @ Un.T + b_hh[2 * H:])
    s = (1 - z) * n + z * s_prev
    e = np.einsum("sbh,bh->bs", enc, s)
    e = np.where(src_mask, e, -np.inf)
    a = np.exp(e - e.max(-1, keepdims=True))
    a = a / a.sum(-1, keepdims=True)
    c = np.einsum("bs,sbh->bh", a, enc)
    return s, a, c, np.tanh(np.hstack([c, s]) @ W_c.T + b_c)
