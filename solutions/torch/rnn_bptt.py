"""Ground truth for drill `rnn-bptt` (a NumPy-only drill): the same gradients from torch autograd on torch.nn.RNN."""

import torch


def torch_nn_equivalent(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    """Return (dx, dh0, dW_ih, dW_hh, db_ih, db_hh) of L = sum(outputs * dout), by autograd on nn.RNN."""
    from torch.func import functional_call

    x, h0, W_ih, W_hh, b_ih, b_hh, dout = (
        torch.as_tensor(a, dtype=torch.float64).detach().clone().requires_grad_(True)
        for a in (x, h0, W_ih, W_hh, b_ih, b_hh, dout))
    H, D = W_ih.shape
    rnn = torch.nn.RNN(D, H, nonlinearity="tanh", dtype=torch.float64)
    params = {"weight_ih_l0": W_ih, "weight_hh_l0": W_hh, "bias_ih_l0": b_ih, "bias_hh_l0": b_hh}
    outputs, _ = functional_call(rnn, params, (x, h0.unsqueeze(0)))  # (T, B, H): every hidden state
    loss = (outputs * dout.detach()).sum()
    return tuple(torch.autograd.grad(loss, (x, h0, W_ih, W_hh, b_ih, b_hh)))
