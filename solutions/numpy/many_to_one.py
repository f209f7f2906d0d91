"""Reference for drill `many-to-one`: an RNN sequence classifier (sentiment-style), NumPy."""

from __future__ import annotations

import numpy as np


def _rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # One step of the `rnn` drill: h' = tanh(x W_ihᵀ + b_ih + h W_hhᵀ + b_hh).
    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    """Read x (T, B, D) with a tanh RNN and classify each sequence from its last state; return probs (B, C)."""
    # Many-to-one: the RNN reads every step, but only the state after the LAST step (which has
    # seen the whole sequence) feeds the classifier.
    h = h0
    for t in range(x.shape[0]):
        h = _rnn_cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
    logits = h @ W_out.T + b_out  # (B, C), torch.nn.Linear layout
    # Softmax over the class axis (each row is one sequence's distribution). Subtracting the row
    # maximum changes nothing mathematically and keeps exp from overflowing.
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
