"""Reference for drill `rnn-generate`: greedy one-to-many generation from an RNN language model, NumPy."""

from __future__ import annotations

import numpy as np


def _rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # One step of the `rnn` drill: h' = tanh(x W_ihᵀ + b_ih + h W_hhᵀ + b_hh).
    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    """Generate `steps` tokens greedily from start tokens (B,); return tokens (steps, B) int64."""
    tokens = np.empty((steps, start.shape[0]), dtype=np.int64)
    token, h = start, h0
    for s in range(steps):
        # Embedding lookup: row E[token] is the same as one_hot(token) @ E, without the matmul.
        x = E[token]  # (B, D)
        # One RNN step, carrying h from the previous step (the model's memory of the prefix).
        h = _rnn_cell(x, h, W_ih, W_hh, b_ih, b_hh)  # (B, H)
        logits = h @ W_out.T + b_out  # (B, V): a score per vocabulary word
        # Greedy decoding: take the most likely word and feed it back as the next input.
        # (Real-valued random weights make exact ties impossible.)
        token = logits.argmax(axis=-1)
        tokens[s] = token
    return tokens
