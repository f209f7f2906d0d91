"""Mistake `all-rows-marked`: out[:, ids] = 1 marks every id of the batch in every row."""

import numpy as np


def one_hot(ids, V):
    out = np.zeros((ids.shape[0], V))
    out[:, ids] = 1.0  # should be out[np.arange(B), ids]
    return out
