import numpy as np


def attention(q, k, v, mask):
    logits = np.matmul(q, np.swapaxes(k, 1, 2))
    logits = logits * mask            # blocked positions set to 0
    logits = logits - logits.max(-1, keepdims=True)
    w = np.exp(logits)
    w = w / w.sum(-1, keepdims=True)
    return np.matmul(w, v), w
