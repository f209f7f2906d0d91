import numpy as np


def attention(q, k, v, mask):
    B, Tq, Dk = q.shape
    outs, ws = [], []
    for b in range(B):
        s = q[b] @ k[b].T * (1.0 / np.sqrt(Dk))
        s = np.where(mask[b], s, -1e30)
        w = np.exp(s - s.max(axis=1, keepdims=True))
        w = w * mask[b]
        w = w / w.sum(axis=1, keepdims=True)
        outs.append(w @ v[b])
        ws.append(w)
    return np.stack(outs), np.stack(ws)
