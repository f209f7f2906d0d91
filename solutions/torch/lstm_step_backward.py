"""Ground truth for drill `lstm-step-backward` (a NumPy-only drill): autograd on torch.nn.LSTMCell."""

import torch


def torch_nn_equivalent(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    """Return (dx, dh_prev, dc_prev, dW_ih, dW_hh, db_ih, db_hh) of L = sum(h*dh) + sum(c*dc), by autograd."""
    from torch.func import functional_call

    x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh = (
        torch.as_tensor(a, dtype=torch.float64).detach().clone().requires_grad_(True)
        for a in (x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh))
    dh, dc = (torch.as_tensor(a, dtype=torch.float64).detach() for a in (dh, dc))
    D, H = W_ih.shape[1], W_hh.shape[1]
    cell = torch.nn.LSTMCell(D, H, dtype=torch.float64)
    params = {"weight_ih": W_ih, "weight_hh": W_hh, "bias_ih": b_ih, "bias_hh": b_hh}
    h, c = functional_call(cell, params, (x, (h_prev, c_prev)))
    loss = (h * dh).sum() + (c * dc).sum()
    return tuple(torch.autograd.grad(loss, (x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh)))
