"""Mistake `one-based-ids`: ids shifted by one; word 0 wraps to column V-1."""

import numpy as np


def one_hot(ids, V):
    return np.eye(V)[ids - 1]  # ids are already 0-based
