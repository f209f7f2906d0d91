import numpy as np


def attention(q, k, v, mask):
    B = q.shape[0]
    d = q.shape[-1]
    outs, ws = [], []
    for b in range(B):
        s = q[b] @ k[b].T / np.sqrt(d)
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p = p / p.sum(axis=1, keepdims=True)
        p = p * mask[b]             # hide the blocked keys
        ws.append(p)
        outs.append(p @ v[b])
    return np.stack(outs), np.stack(ws)
