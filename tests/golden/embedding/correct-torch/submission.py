import torch


def embed(ids, E):
    T, B = ids.shape
    rows = torch.index_select(E, 0, ids.reshape(-1))   # (T*B, D), time-major
    return rows.reshape(T, B, E.shape[1])
