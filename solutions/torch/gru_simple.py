"""Reference for drill `gru-simple`, PyTorch track: the slide's simplified GRU, plus a GRUCell that equals it.

    c̃  = tanh(W_c [a_prev, x] + b_c) ;  Γu = σ(W_u [a_prev, x] + b_u)
    a  = Γu * c̃ + (1 - Γu) * a_prev
"""

import torch
from torch.func import functional_call

# σ(40) rounds to exactly 1.0 in float64 (1 - σ(40) ≈ 4e-18 < eps/2); 1e3 leaves a wide margin.
_OPEN = 1.0e3


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):
    """Return a, shape (B, H). W_c, W_u: (H, H + D) acting on [a_prev, x]; b_c, b_u: (H,)."""
    ax = torch.cat([a_prev, x], dim=1)           # the slide's order: previous state first
    c_tilde = torch.tanh(ax @ W_c.T + b_c)
    gamma_u = torch.sigmoid(ax @ W_u.T + b_u)
    return gamma_u * c_tilde + (1 - gamma_u) * a_prev


def torch_nn_equivalent(x, a_prev, W_c, b_c, W_u, b_u):
    """Return the same a computed by a torch.nn.GRUCell whose weights encode the simplified GRU.

    GRUCell computes h' = (1 - z) * n + z * h with n = tanh(W_in x + b_in + r * (W_hn h + b_hn)).
    - reset gate forced open: W_ir = W_hr = 0 and b_ir = 1e3, so r = σ(1e3) = 1.0 exactly in
      float64, and n = tanh(W_in x + b_in + W_hn h + b_hn) = c̃ with W_in = W_c[:, H:],
      W_hn = W_c[:, :H], b_in = b_c, b_hn = 0 (the first H columns act on a_prev);
    - update gate flipped: z must be 1 - Γu = σ(-(W_u [a_prev, x] + b_u)), so W_iz = -W_u[:, H:],
      W_hz = -W_u[:, :H], b_iz = -b_u, b_hz = 0. Then (1 - z) = Γu and z = 1 - Γu: the slide's blend.
    So the simplified GRU is exactly a GRUCell; the only difference from the reference is rounding
    (σ(-u) against 1 - σ(u), one matmul split in two), of the order of 1e-16. The weights are built
    with differentiable ops and passed in with torch.func.functional_call (module on the meta
    device: no random init), so gradients flow back to W_c, b_c, W_u, b_u as well.
    """
    x, a_prev, W_c, b_c, W_u, b_u = (
        torch.as_tensor(t, dtype=torch.float64) for t in (x, a_prev, W_c, b_c, W_u, b_u))
    H = a_prev.shape[1]
    D = x.shape[1]
    f64 = dict(dtype=torch.float64)
    # Blocks r, z, n along axis 0 of every GRUCell weight and bias.
    params = {
        "weight_ih": torch.cat([torch.zeros(H, D, **f64), -W_u[:, H:], W_c[:, H:]]),
        "weight_hh": torch.cat([torch.zeros(H, H, **f64), -W_u[:, :H], W_c[:, :H]]),
        "bias_ih": torch.cat([torch.full((H,), _OPEN, **f64), -b_u, b_c]),
        "bias_hh": torch.zeros(3 * H, **f64),
    }
    module = torch.nn.GRUCell(D, H, device="meta", dtype=torch.float64)
    return functional_call(module, params, (x, a_prev))
