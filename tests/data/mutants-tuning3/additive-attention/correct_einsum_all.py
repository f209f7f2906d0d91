import numpy as np

def additive_attention(s, h, W_q, W_k, v):
    hidden = np.tanh(np.einsum("bd,ad->ba", s, W_q)[None] + np.einsum("sbe,ae->sba", h, W_k))
    scores = np.einsum("sba,a->bs", hidden, v)
    scores = scores - scores.max(axis=1, keepdims=True)
    w = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    return np.einsum("bs,sbe->be", w, h), w
