import numpy as np


def embed(ids, E):
    T, B = ids.shape
    flat_ids = ids.T.flatten()           # batch by batch
    vecs = E[flat_ids]                   # (B*T, D)
    return vecs.reshape(T, B, -1)
