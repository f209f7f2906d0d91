import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def gru_step(x, h, W_ih, W_hh, b_ih, b_hh):
    H = h.shape[1]
    W_ir, W_iz, W_in = W_ih[:H], W_ih[H:2 * H], W_ih[2 * H:]
    W_hr, W_hz, W_hn = W_hh[:H], W_hh[H:2 * H], W_hh[2 * H:]
    b_ir, b_iz, b_in = b_ih[:H], b_ih[H:2 * H], b_ih[2 * H:]
    b_hr, b_hz, b_hn = b_hh[:H], b_hh[H:2 * H], b_hh[2 * H:]
    r = sigmoid(x @ W_ir.T + b_ir + h @ W_hr.T + b_hr)
    z = sigmoid(x @ W_iz.T + b_iz + h @ W_hz.T + b_hz)
    n = np.tanh(x @ W_in.T + b_in + r * (h @ W_hn.T + b_hn))
    return (1 - z) * n + z * h


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    S, B, H = enc.shape
    s = gru_step(y_prev_emb, s_prev, W_ih, W_hh, b_ih, b_hh)

    weights = np.zeros((B, S))
    context = np.zeros((B, H))
    for b in range(B):
        keep = [j for j in range(S) if src_mask[b, j]]
        scores = np.array([enc[j, b] @ s[b] for j in keep])
        e = np.exp(scores - scores.max())
        p = e / e.sum()
        for idx, j in enumerate(keep):
            weights[b, j] = p[idx]
            context[b] += p[idx] * enc[j, b]

    W_cc, W_cs = W_c[:, :H], W_c[:, H:]
    out = np.tanh(context @ W_cc.T + s @ W_cs.T + b_c)
    return s, weights, context, out
