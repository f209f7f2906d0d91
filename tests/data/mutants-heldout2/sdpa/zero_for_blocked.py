import numpy as np


def attention(q, k, v, mask):
    d = q.shape[-1]
    logits = np.matmul(q, np.swapaxes(k, -1, -2)) / np.sqrt(d)
    logits = logits * mask          # blocked keys get a score of 0
    logits = logits - logits.max(axis=-1, keepdims=True)
    w = np.exp(logits)
    w /= w.sum(axis=-1, keepdims=True)
    return w @ v, w
