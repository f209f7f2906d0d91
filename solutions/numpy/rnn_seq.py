"""Reference for drill `rnn-seq`: a one-layer tanh RNN over a time-major sequence (NumPy, float64).

Matches torch.nn.RNN(D, H, num_layers=1) with batch_first=False: x (T, B, D), h0 (B, H);
returns (outputs (T, B, H), h_n (B, H)). Each step is one `rnn` cell, so the grader can explain
a mistake inside the cell with the `rnn` drill's diagnosis.
"""

import numpy as np


def _rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    # One step of the `rnn` drill: h' = tanh(x W_ihᵀ + b_ih + h W_hhᵀ + b_hh).
    return np.tanh(x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh)


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Return (outputs, h_n): every step's hidden state in time order, and the last one."""
    T, B = x.shape[:2]
    outputs = np.empty((T, B, h0.shape[1]), dtype=np.result_type(x, h0, W_ih))
    h = h0
    for t in range(T):
        # Carry h from step to step: the state after x[t] is the input state of step t + 1.
        h = _rnn_cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
        outputs[t] = h
    return outputs, h
