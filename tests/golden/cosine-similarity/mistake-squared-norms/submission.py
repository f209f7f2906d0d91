import numpy as np


def cosine(a, b):
    len_a = np.sum(a * a, axis=1)    # length of each row of a
    len_b = np.sum(b * b, axis=1)
    return (a @ b.T) / (len_a[:, None] * len_b[None, :])
