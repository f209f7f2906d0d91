import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    mix = (s @ W_q.T)[None, :, :] + h @ W_k.T     # (S, B, A)
    hid = 1.0 / (1.0 + np.exp(-mix))
    sc = hid.sum(axis=-1).T                        # (B, S)
    ex = np.exp(sc - sc.max(axis=1, keepdims=True))
    wts = ex / ex.sum(axis=1, keepdims=True)
    context = np.einsum("bs,sbh->bh", wts, h)
    return context, wts
