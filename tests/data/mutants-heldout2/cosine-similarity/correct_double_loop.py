import math

import numpy as np


def cosine(a, b):
    N, M = a.shape[0], b.shape[0]
    sim = np.zeros((N, M))
    for n in range(N):
        la = max(math.sqrt(float(np.dot(a[n], a[n]))), 1e-8)
        for m in range(M):
            lb = max(math.sqrt(float(np.dot(b[m], b[m]))), 1e-8)
            sim[n, m] = float(np.dot(a[n], b[m])) / (la * lb)
    return sim
