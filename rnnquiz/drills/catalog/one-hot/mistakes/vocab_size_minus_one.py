"""Mistake `vocab-size-minus-one`: V-1 words assumed; id V-1 wraps onto id 0."""

import numpy as np


def one_hot(ids, V):
    return np.eye(V)[ids % (V - 1)]  # there are V words, ids 0..V-1
