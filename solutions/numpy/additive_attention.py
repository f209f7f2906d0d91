"""Reference for drill `additive-attention`: one step of Bahdanau attention (NumPy, float64).

Bahdanau, Cho & Bengio (2014) score each encoder state h_j against the decoder state s with a
one-hidden-layer network, e_j = vᵀ tanh(W_q s + W_k h_j), normalise the scores over the source
positions with a softmax, and feed the decoder the weighted sum of the encoder states.
"""

import numpy as np


def additive_attention(s, h, W_q, W_k, v):
    """Return (context (B, He), weights (B, S))."""
    query = s @ W_q.T                       # (B, A): the decoder state, projected once
    keys = h @ W_k.T                        # (S, B, A): every encoder state, projected
    # Broadcasting adds the same query to all S positions; the tanh is the scorer's hidden layer.
    scores = (np.tanh(query[None] + keys) @ v).T   # (S, B) -> (B, S)
    # Softmax over the source positions (axis 1), separately for each batch row.
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    weights = e / e.sum(axis=1, keepdims=True)
    # context[b] = Σ_j weights[b, j] h[j, b]
    context = np.einsum("bs,sbh->bh", weights, h)
    return context, weights
