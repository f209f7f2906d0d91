"""Reference for drill `lstm-seq`: a one-layer LSTM over a time-major sequence (NumPy, float64).

Matches torch.nn.LSTM(D, H, num_layers=1), batch_first=False: x (T, B, D), h0 and c0 (B, H),
weights in LSTMCell's layout (blocks i, f, g, o). Returns the flat triple
(outputs (T, B, H), h_n (B, H), c_n (B, H)) instead of torch's (output, (h_n, c_n)).

It is also the fast reference that bench/bench_lstm_numpy.py times against torch.nn.LSTM, so the
loop body is written for speed:

1. The input projection x_t W_ihᵀ + b_ih + b_hh does not depend on the recurrence, so all T steps
   are projected in ONE (T·B, D) @ (D, 4H) matmul before the loop; the loop does only the
   (B, H) @ (H, 4H) recurrent matmul.
2. σ(z) = (1 + tanh(z/2)) / 2. The rows of the sigmoid gates (i, f, o) are pre-scaled by 1/2 — exact
   in floating point, a power of two — so ONE tanh over the whole (B, 4H) block gives tanh(z/2)
   for i, f, o and tanh(z) for g. The affine (1 + t)/2 is then applied in place to the i, f, o
   columns, which the row permutation [i, f, o, g] makes contiguous.
3. Every per-step array (gates, the cell, the product i*g) is preallocated and updated with ufunc
   `out=` arguments; h_t is written straight into its slot of the preallocated outputs and read
   from there by the next step. The inputs are never modified.

`lstm_seq_steps` computes the same, one `lstm` cell per step: the grader runs it (with mistakes
of the cell put in place of `_lstm_cell`) to explain wrong values in the `lstm` drill's terms.
"""

import numpy as np


def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """Return (outputs, h_n, c_n) of the LSTM run over all T steps from (h0, c0).

    For each t:  i, f, g, o = σ, σ, tanh, σ of (x_t W_ihᵀ + b_ih + h W_hhᵀ + b_hh) blocks
                 c = f * c + i * g ;  h = o * tanh(c) ;  outputs[t] = h
    """
    T, B, D = x.shape
    H = h0.shape[1]
    dtype = np.result_type(x, h0, c0, W_ih, W_hh, b_ih, b_hh)

    # Rows in PyTorch order i, f, g, o  ->  i, f, o, g  (sigmoid gates first, contiguous).
    perm = np.r_[0:2 * H, 3 * H:4 * H, 2 * H:3 * H]
    # 0.5 on the sigmoid rows, 1.0 on the tanh rows (see 2. above).
    half = np.ones(4 * H, dtype=dtype)
    half[:3 * H] = 0.5
    W_ih_s = W_ih[perm] * half[:, None]                   # fancy indexing copies: inputs untouched
    W_hh_s = W_hh[perm] * half[:, None]                   # (4H, H), C-contiguous
    bias_s = (b_ih + b_hh)[perm] * half

    # 1. Input projection for every step at once: (T·B, D) @ (D, 4H) -> (T, B, 4H), plus both biases.
    xproj = x.reshape(T * B, D) @ W_ih_s.T
    xproj += bias_s
    xproj = xproj.reshape(T, B, 4 * H)

    outputs = np.empty((T, B, H), dtype=dtype)
    gates = np.empty((B, 4 * H), dtype=dtype)
    ig = np.empty((B, H), dtype=dtype)
    c = np.array(c0, dtype=dtype, copy=True)              # the one state we update in place
    sig = gates[:, :3 * H]                                # views into the gate buffer
    i, f, o, g = (gates[:, k * H:(k + 1) * H] for k in range(4))

    h = h0
    for t in range(T):
        # Recurrent part, (B, H) @ (H, 4H). Passing the transposed view lets OpenBLAS use its
        # "B transposed" kernel, measured ~20% faster here than a contiguous (H, 4H) copy.
        np.matmul(h, W_hh_s.T, out=gates)
        gates += xproj[t]
        np.tanh(gates, out=gates)                         # tanh(z/2) for i, f, o; tanh(z) for g
        sig *= 0.5
        sig += 0.5                                        # (1 + tanh(z/2)) / 2 = σ(z)
        c *= f                                            # c = f * c + i * g
        np.multiply(i, g, out=ig)
        c += ig
        h = outputs[t]                                    # h = o * tanh(c), written in place
        np.tanh(c, out=h)
        h *= o
    return outputs, h.copy(), c


def _sigmoid(z):
    # σ(z) = (1 + tanh(z/2)) / 2: overflow-free.
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    # One step of the `lstm` drill (gate blocks i, f, g, o).
    H = h_prev.shape[1]
    gates = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    i = _sigmoid(gates[:, 0 * H:1 * H])
    f = _sigmoid(gates[:, 1 * H:2 * H])
    g = np.tanh(gates[:, 2 * H:3 * H])
    o = _sigmoid(gates[:, 3 * H:4 * H])
    c = f * c_prev + i * g
    h = o * np.tanh(c)
    return h, c


def lstm_seq_steps(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """Return (outputs, h_n, c_n) like lstm_seq, written as one cell call per step."""
    outputs = np.empty(x.shape[:2] + h0.shape[1:])
    h, c = h0, c0
    for t in range(x.shape[0]):
        h, c = _lstm_cell(x[t], h, c, W_ih, W_hh, b_ih, b_hh)
        outputs[t] = h
    return outputs, h, c
