import numpy as np

def embed(ids, E):
    rows = np.clip(ids - 1, 0, E.shape[0] - 1)
    return E[rows]
