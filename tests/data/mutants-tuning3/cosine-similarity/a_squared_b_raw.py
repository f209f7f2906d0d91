import numpy as np

def cosine(a, b):
    sq = np.maximum((a * a).sum(axis=1), 1e-8)
    return (a / sq[:, None]) @ b.T
