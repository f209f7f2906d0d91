import numpy as np


def cosine(a, b):
    N, M = a.shape[0], b.shape[0]
    sim = np.zeros((N, M))
    for n in range(N):
        unit = a[n] / np.linalg.norm(a[n])
        for m in range(M):
            sim[n, m] = unit @ b[m]
    return sim
