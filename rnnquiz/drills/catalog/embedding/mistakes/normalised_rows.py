"""Mistake `normalised-rows`: the table's rows scaled to unit length before the lookup."""

import numpy as np


def embed(ids, E):
    unit = E / np.linalg.norm(E, axis=1, keepdims=True)  # the layer returns E's rows as they are
    return unit[ids]
