"""Reference for drill `cosine-similarity`: pairwise cosine similarity (NumPy, float64).

cos θ = a·b / (‖a‖ ‖b‖) measures the angle between two word vectors and ignores their
lengths. torch.nn.functional.cosine_similarity guards each norm separately with
max(‖x‖, eps), eps = 1e-8, so an all-zero vector gives 0 instead of a division by zero.
"""

import numpy as np

EPS = 1e-8


def cosine(a, b):
    """Return (N, M): sim[n, m] = a[n]·b[m] / (max(‖a[n]‖, eps) · max(‖b[m]‖, eps))."""
    # Normalise each row first, then one matmul gives every pair's cosine at once.
    na = np.maximum(np.sqrt((a * a).sum(axis=1, keepdims=True)), EPS)  # (N, 1)
    nb = np.maximum(np.sqrt((b * b).sum(axis=1, keepdims=True)), EPS)  # (M, 1)
    return (a / na) @ (b / nb).T
