"""Reference for drill `many-to-one`: an RNN sequence classifier (sentiment-style), NumPy."""

from __future__ import annotations

import numpy as np


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    """Read x (T, B, D) with a tanh RNN and classify each sequence from its last state; return probs (B, C)."""
    # Many-to-one: the RNN reads every step, but only the state after the LAST step (which has
    # seen the whole sequence) feeds the classifier.
    x_proj = x @ W_ih.T + b_ih  # (T, B, H), hoisted out of the recurrence
    h = h0
    for t in range(x.shape[0]):
        h = np.tanh(x_proj[t] + h @ W_hh.T + b_hh)
    logits = h @ W_out.T + b_out  # (B, C), torch.nn.Linear layout
    # Softmax over the class axis (each row is one sequence's distribution). Subtracting the row
    # maximum changes nothing mathematically and keeps exp from overflowing.
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
