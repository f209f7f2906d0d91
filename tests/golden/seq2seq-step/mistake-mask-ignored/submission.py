import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    gi = y_prev_emb @ W_ih.T + b_ih
    gh = s_prev @ W_hh.T + b_hh
    r = sigmoid(gi[:, :H] + gh[:, :H])
    z = sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    s = (1 - z) * n + z * s_prev

    enc_b = enc.transpose(1, 0, 2)                  # (B, S, H)
    scores = (enc_b @ s[:, :, None])[:, :, 0]       # (B, S)
    # softmax over the source words
    scores = scores - scores.max(axis=1, keepdims=True)
    weights = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    context = (weights[:, :, None] * enc_b).sum(axis=1)
    out = np.tanh(np.concatenate([context, s], axis=1) @ W_c.T + b_c)
    return s, weights, context, out
