import numpy as np

def _gru(x, h, W_ih, W_hh, b_ih, b_hh, gate=None):
    H = h.shape[1]
    gi, gh = x @ W_ih.T + b_ih, h @ W_hh.T + b_hh
    gate = gate or (lambda v: 1 / (1 + np.exp(-v)))
    r = gate(gi[:, :H] + gh[:, :H])
    z = gate(gi[:, H:2*H] + gh[:, H:2*H])
    n = np.tanh(gi[:, 2*H:] + r * gh[:, 2*H:])
    return (1 - z) * n + z * h

def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    s = _gru(y_prev_emb, s_prev, W_ih, W_hh, b_ih, b_hh)
    sc = (enc * s[None]).sum(-1).T
    w = np.exp(sc - sc.max(1, keepdims=True))
    w /= w.sum(1, keepdims=True)
    ctx = (w.T[..., None] * enc).sum(0)
    out = np.tanh(np.hstack([ctx, s]) @ W_c.T + b_c)
    return s, w, ctx, out
