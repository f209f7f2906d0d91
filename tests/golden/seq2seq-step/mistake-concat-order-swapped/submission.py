import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def softmax(x):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    H = s_prev.shape[1]
    gi = y_prev_emb @ W_ih.T + b_ih
    gh = s_prev @ W_hh.T + b_hh
    r = sigmoid(gi[:, :H] + gh[:, :H])
    z = sigmoid(gi[:, H:2 * H] + gh[:, H:2 * H])
    n = np.tanh(gi[:, 2 * H:] + r * gh[:, 2 * H:])
    s = (1 - z) * n + z * s_prev

    scores = np.einsum("sbh,bh->bs", enc, s)
    scores[~src_mask] = -np.inf
    weights = softmax(scores)
    context = np.einsum("bs,sbh->bh", weights, enc)
    # output layer on the decoder state and its context
    out = np.tanh(np.hstack([s, context]) @ W_c.T + b_c)
    return s, weights, context, out
