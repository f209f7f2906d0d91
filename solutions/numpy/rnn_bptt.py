"""Reference for drill `rnn-bptt`: backpropagation through time for torch.nn.RNN (tanh), NumPy float64.

Loss L = Σ outputs * dout, where outputs (T, B, H) are the hidden states of every step. The
weights are shared across time, so BPTT walks the unrolled graph backwards and sums each
weight's gradient over the steps. The repeated factor W_hh diag(1 - h²) in the recursion for
dh_next is what makes gradients vanish or explode over long sequences.
"""

import numpy as np


def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    """Return (dx, dh0, dW_ih, dW_hh, db_ih, db_hh), the gradients of L = sum(outputs * dout)."""
    T = x.shape[0]
    # Forward pass, keeping every state: hs[t + 1] = h[t] and hs[0] = h0 (= h[-1]).
    hs = [h0]
    for t in range(T):
        hs.append(np.tanh(x[t] @ W_ih.T + b_ih + hs[-1] @ W_hh.T + b_hh))

    dx = np.zeros_like(x)
    dW_ih, dW_hh = np.zeros_like(W_ih), np.zeros_like(W_hh)
    db_ih, db_hh = np.zeros_like(b_ih), np.zeros_like(b_hh)
    dh_next = np.zeros_like(h0)  # dL/dh[t] through step t+1; nothing comes after the last step
    for t in reversed(range(T)):
        # h[t] feeds the output at t and the recurrence at t+1: add both gradients.
        dh = dout[t] + dh_next
        # tanh'(z) = 1 - tanh(z)² = 1 - h[t]²: use the stored output, not the pre-activation.
        dz = dh * (1.0 - hs[t + 1] ** 2)          # (B, H), gradient of the pre-activation
        dx[t] = dz @ W_ih                          # z = x W_ihᵀ + ...  =>  dx = dz W_ih
        # Shared weights: accumulate every step's contribution (summed over the batch by the matmul).
        dW_ih += dz.T @ x[t]
        dW_hh += dz.T @ hs[t]                      # hs[t] = h[t-1], the state this step read
        db_ih += dz.sum(axis=0)
        db_hh += dz.sum(axis=0)
        dh_next = dz @ W_hh                        # on to h[t-1]
    return dx, dh_next, dW_ih, dW_hh, db_ih, db_hh  # after step 0, dh_next is dL/dh0
