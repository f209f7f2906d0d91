import numpy as np

def one_hot(ids, V):
    out = np.zeros((len(ids), V))
    for row, i in enumerate(ids):
        out[row, (i + 1) % V] = 1.0
    return out
