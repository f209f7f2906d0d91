import numpy as np

def embed(ids, E):
    T, B = ids.shape
    flat = ids.T.reshape(-1) - 1
    return E[flat].reshape(T, B, E.shape[1])
