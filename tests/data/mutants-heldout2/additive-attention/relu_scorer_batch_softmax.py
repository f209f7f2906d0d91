import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    proj_s = np.einsum("ad,bd->ba", W_q, s)
    proj_h = np.einsum("ae,sbe->sba", W_k, h)
    hidden = np.maximum(proj_h + proj_s[None], 0)
    energy = np.einsum("sba,a->bs", hidden, v)
    w = np.exp(energy - energy.max(axis=0))
    w = w / w.sum(axis=0)
    context = np.einsum("bs,sbe->be", w, h)
    return context, w
