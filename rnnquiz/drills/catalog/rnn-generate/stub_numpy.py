"""Drill `rnn-generate` (NumPy track): greedy one-to-many generation from an RNN language model."""

import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    """Generate `steps` tokens greedily, feeding each prediction back in as the next input.

    Layout of torch.nn.Embedding(V, D) + torch.nn.RNNCell(D, H) + torch.nn.Linear(H, V).

    Args:
        start: (B,) int64 start token ids in [0, V).
        E:     (V, D) embedding table; row v is word v's vector.
        W_ih:  (H, D), W_hh: (H, H), b_ih: (H,), b_hh: (H,)  RNN cell weights
        h0:    (B, H) initial hidden state.
        W_out: (V, H), b_out: (V,)  output layer (logits = h @ W_out.T + b_out)
        steps: int N, the number of tokens to generate (N >= 1).

    Equations:
        token, h = start, h0
        for s in 0 .. N-1:
            x      = E[token]                                     # (B, D)
            h      = tanh(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)  # (B, H)
            logits = h @ W_out.T + b_out                          # (B, V)
            token  = argmax over V of logits                      # (B,)
            tokens[s] = token

    Returns:
        tokens: (N, B) int64, the generated tokens (the start token is not included).
    """
    raise NotImplementedError("rnn_generate: not implemented yet (see the docstring)")
