"""Reference for drill `rnn`: one step of an Elman RNN cell (NumPy, float64).

Same layout as torch.nn.RNNCell: weights are stored (out_features, in_features), so a batch of
row vectors is multiplied by the transposed weight.
"""

import numpy as np


def rnn_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    """Return h = tanh(x W_ihᵀ + b_ih + h_prev W_hhᵀ + b_hh), shape (B, H).

    Args:
        x: (B, D) inputs of this step.
        h_prev: (B, H) hidden state of the previous step.
        W_ih: (H, D) input-to-hidden weight.  W_hh: (H, H) hidden-to-hidden weight.
        b_ih, b_hh: (H,) the two biases (PyTorch keeps both; only their sum matters).
    """
    # (B, D) @ (D, H) -> (B, H): each row of x is one sample, so we use W_ih.T.
    pre = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    return np.tanh(pre)
