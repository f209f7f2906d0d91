"""Drill `many-to-one` (PyTorch track): an RNN sequence classifier."""

import torch


def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    """Classify each sequence of x from the RNN's last hidden state; return class probabilities.

    Layout of torch.nn.RNN(D, H) followed by torch.nn.Linear(H, C) and a softmax over classes;
    write it with tensor ops (do not call torch.nn.RNN / RNNCell). Time-major: x[t] is the batch
    at step t. All tensors are float64 and require grad: keep the computation differentiable.

    Args:
        x:     (T, B, D) inputs.
        h0:    (B, H) initial hidden state.
        W_ih:  (H, D), W_hh: (H, H), b_ih: (H,), b_hh: (H,)  RNN weights (torch: *_l0)
        W_out: (C, H), b_out: (C,)  classifier (y = h @ W_out.T + b_out)

    Equations:
        h = h0
        for t in 0 .. T-1:
            h = tanh(x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        logits = h @ W_out.T + b_out                          # (B, C), from the LAST state
        probs[b, k] = exp(logits[b, k]) / sum_j exp(logits[b, j])

    Returns:
        probs: (B, C), each row sums to 1.
    """
    raise NotImplementedError("many_to_one: not implemented yet (see the docstring)")
