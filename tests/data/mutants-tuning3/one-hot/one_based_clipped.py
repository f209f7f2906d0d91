import numpy as np

def one_hot(ids, V):
    return np.eye(V)[np.clip(ids - 1, 0, V - 1)]
