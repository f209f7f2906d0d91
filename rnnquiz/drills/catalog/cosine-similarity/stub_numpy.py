"""Drill `cosine-similarity` (NumPy track): pairwise cosine similarity of word vectors."""

import numpy as np


def cosine(a, b):
    """Return the cosine similarity of every row of a with every row of b.

    Matches torch.nn.functional.cosine_similarity(a[:, None], b[None], dim=-1), eps = 1e-8.

    Args:
        a: (N, D) float64, one vector per row.
        b: (M, D) float64, one vector per row.

    Equations:
        ‖a[n]‖ = sqrt(sum_d a[n, d]**2)                     (same for b[m])
        sim[n, m] = a[n] · b[m] / (max(‖a[n]‖, 1e-8) * max(‖b[m]‖, 1e-8))

    Example (the slide's fruit table; columns fruit, colour, shape, taste):
        E = np.array([[0.99, 0.05, 0.98, 0.01],    # apple
                      [0.05, 0.99, 0.02, 0.99],    # banana
                      [0.2,  0.9,  0.1,  0.8 ],    # orange
                      [0.9,  0.95, 0.05, 0.12]])   # grape
        cosine(E, E).round(3) -> [[1.   , 0.066, 0.204, 0.539],
                                  [0.066, 1.   , 0.988, 0.6  ],
                                  [0.204, 0.988, 1.   , 0.705],
                                  [0.539, 0.6  , 0.705, 1.   ]]

    Returns:
        sim: (N, M) float64 array, entries in [-1, 1].
    """
    raise NotImplementedError("cosine: compute the (N, M) cosine similarities described in the docstring")
