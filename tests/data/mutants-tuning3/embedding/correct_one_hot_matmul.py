import numpy as np

def embed(ids, E):
    onehot = (ids[..., None] == np.arange(E.shape[0])).astype(E.dtype)
    return onehot @ E
