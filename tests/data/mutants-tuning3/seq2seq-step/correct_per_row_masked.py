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
    S, B, H = enc.shape
    weights = np.zeros((B, S))
    for b in range(B):
        keep = np.flatnonzero(src_mask[b])
        sc = enc[keep, b] @ s[b]
        p = np.exp(sc - sc.max())
        weights[b, keep] = p / p.sum()
    context = np.einsum("bs,sbh->bh", weights, enc)
    out = np.tanh(np.concatenate([context, s], axis=1) @ W_c.T + b_c)
    return s, weights, context, out
