import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    proj_s = np.einsum("ba,da->bd", s, W_q)
    proj_h = np.einsum("sbe,de->sbd", h, W_k)
    e = np.tanh(np.einsum("sbd,d->bs", proj_s[None] + proj_h, v))
    a = np.exp(e - e.max(axis=1, keepdims=True))
    a = a / a.sum(axis=1, keepdims=True)
    return np.einsum("bs,sbe->be", a, h), a
