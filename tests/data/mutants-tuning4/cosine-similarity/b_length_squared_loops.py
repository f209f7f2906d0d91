import numpy as np


def cosine(a, b):
    N, M = a.shape[0], b.shape[0]
    sim = np.zeros((N, M))
    for n in range(N):
        len_a = max(np.sqrt(np.dot(a[n], a[n])), 1e-8)
        for m in range(M):
            len_b = max(np.dot(b[m], b[m]), 1e-8)   # length of b[m]
            sim[n, m] = np.dot(a[n], b[m]) / (len_a * len_b)
    return sim
