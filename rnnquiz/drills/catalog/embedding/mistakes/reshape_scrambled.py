"""Mistake `reshape-scrambled`: (T*B, D) rows reshaped as (B, T, D), then axes swapped."""

import numpy as np


def embed(ids, E):
    T, B = ids.shape
    rows = E[ids.reshape(-1)]                       # (T*B, D) in time-major order
    return rows.reshape(B, T, -1).transpose(1, 0, 2)  # should be rows.reshape(T, B, -1)
