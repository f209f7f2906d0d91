"""Drill `rnn-bptt` (NumPy track): backpropagation through time for a tanh RNN (torch.nn.RNN layout)."""

import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    """Return the gradients of L = sum(outputs * dout) for the RNN below.

    Forward (torch.nn.RNN(D, H, nonlinearity="tanh"), time-major, h[-1] = h0):
        h[t] = tanh(x[t] @ W_ih.T + b_ih + h[t-1] @ W_hh.T + b_hh)      t = 0 .. T-1
        outputs = stack(h[0], ..., h[T-1])                              # (T, B, H)

    Backward (t = T-1 down to 0; dh_next starts at zeros):
        dh      = dout[t] + dh_next               # from the output AND from step t+1
        dz      = dh * (1 - h[t]**2)              # tanh' from the tanh's OUTPUT
        dx[t]   = dz @ W_ih
        dW_ih  += dz.T @ x[t];   dW_hh += dz.T @ h[t-1]
        db_ih  += dz.sum(0);     db_hh += dz.sum(0)
        dh_next = dz @ W_hh
    dh0 = dh_next after step 0.

    Args:
        x:    (T, B, D) float64 inputs.            h0:   (B, H) initial hidden state.
        W_ih: (H, D);  W_hh: (H, H);  b_ih, b_hh: (H,).
        dout: (T, B, H) upstream gradient dL/d outputs.

    Returns:
        (dx, dh0, dW_ih, dW_hh, db_ih, db_hh): float64 arrays shaped like x, h0, W_ih, W_hh,
        b_ih, b_hh.
    """
    raise NotImplementedError("rnn_bptt: run the forward pass, then backpropagate through time as described")
