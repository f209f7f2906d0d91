"""Drill `seq2seq-step` (NumPy track): one decoder step with dot-product (Luong) attention."""

import numpy as np


def seq2seq_step(y_prev_emb, s_prev, enc, src_mask, W_ih, W_hh, b_ih, b_hh, W_c, b_c):
    """Run one attentional decoder step of an encoder-decoder model.

    Floats are float64; src_mask is bool. enc is time-major: enc[j] is source position j.

    Args:
        y_prev_emb: (B, E) embedding of the previous target word.
        s_prev:     (B, H) previous decoder state.
        enc:        (S, B, H) encoder states.
        src_mask:   (B, S) bool, True = real source token, False = padding (>= 1 True per row).
        W_ih:       (3H, E), W_hh: (3H, H), b_ih, b_hh: (3H,)  decoder GRUCell weights, gate
                    blocks r, z, n along axis 0 (torch.nn.GRUCell layout).
        W_c:        (H, 2H), b_c: (H,)  attentional output layer, input [context, s].

    Equations:
        r = sigmoid(y @ W_ir.T + b_ir + s_prev @ W_hr.T + b_hr)
        z = sigmoid(y @ W_iz.T + b_iz + s_prev @ W_hz.T + b_hz)
        n = tanh(y @ W_in.T + b_in + r * (s_prev @ W_hn.T + b_hn))
        s = (1 - z) * n + z * s_prev
        scores[b, j]  = dot(s[b], enc[j, b]);   -inf where src_mask[b, j] is False
        weights[b, :] = softmax(scores[b, :])   over the source positions
        context[b]    = sum_j weights[b, j] * enc[j, b]
        out           = tanh(concat(context, s) @ W_c.T + b_c)

    Returns:
        (s, weights, context, out) with shapes (B, H), (B, S), (B, H), (B, H).
    """
    raise NotImplementedError("seq2seq_step: not implemented yet (see the docstring)")
