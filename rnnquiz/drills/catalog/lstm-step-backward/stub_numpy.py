"""Drill `lstm-step-backward` (NumPy track): gradients of one torch.nn.LSTMCell step."""

import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    """Return the gradients of L = sum(h * dh) + sum(c * dc) for one LSTMCell step.

    Forward (gate blocks along axis 0 in PyTorch's order i, f, g, o, each of height H):
        a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh            # (B, 4H) = [a_i | a_f | a_g | a_o]
        i, f, o = σ(a_i), σ(a_f), σ(a_o);   g = tanh(a_g)
        c = f * c_prev + i * g;             h = o * tanh(c)

    Backward:
        dc_t    = dc + dh * o * (1 - tanh(c)**2)                   # both paths into c
        do = dh * tanh(c);  di = dc_t * g;  df = dc_t * c_prev;  dg = dc_t * i
        dc_prev = dc_t * f
        da = [di*i*(1-i) | df*f*(1-f) | dg*(1-g**2) | do*o*(1-o)]   # (B, 4H), order i f g o
        dx = da @ W_ih;  dh_prev = da @ W_hh;  dW_ih = da.T @ x;  dW_hh = da.T @ h_prev
        db_ih = db_hh = da.sum(0)

    Args:
        x: (B, D);  h_prev, c_prev: (B, H);  W_ih: (4H, D);  W_hh: (4H, H);  b_ih, b_hh: (4H,)
        dh, dc: (B, H) upstream gradients dL/dh and dL/dc.

    Returns:
        (dx, dh_prev, dc_prev, dW_ih, dW_hh, db_ih, db_hh): float64 arrays shaped like
        x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh.
    """
    raise NotImplementedError("lstm_step_backward: redo the forward pass, then backpropagate as described")
