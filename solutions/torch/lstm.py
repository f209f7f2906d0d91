"""Reference for drill `lstm`, PyTorch track: one LSTM step in LSTMCell's layout, plus torch.nn.LSTMCell."""

import torch
from torch.func import functional_call


def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    """Return (h, c), each (B, H); gate blocks i, f, g, o along axis 0 of the weights.

    c = σ(f) * c_prev + σ(i) * tanh(g) ;  h = σ(o) * tanh(c)
    """
    gates = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh      # (B, 4H)
    i, f, g, o = gates.chunk(4, dim=1)                       # PyTorch's order: i, f, g, o
    i, f, o = torch.sigmoid(i), torch.sigmoid(f), torch.sigmoid(o)
    g = torch.tanh(g)
    c = f * c_prev + i * g
    h = o * torch.tanh(c)
    return h, c


def torch_nn_equivalent(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    """Return the same (h, c) computed by torch.nn.LSTMCell with the given weights.

    The module is built on the meta device (no random init, no global RNG use) and run with
    torch.func.functional_call, which substitutes the given tensors for its parameters, so
    gradients flow back to every argument, weights included.
    """
    x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh = (
        torch.as_tensor(a, dtype=torch.float64) for a in (x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh))
    D = W_ih.shape[1]
    H = W_hh.shape[1]
    module = torch.nn.LSTMCell(D, H, device="meta", dtype=torch.float64)
    params = {"weight_ih": W_ih, "weight_hh": W_hh, "bias_ih": b_ih, "bias_hh": b_hh}
    h, c = functional_call(module, params, (x, (h_prev, c_prev)))
    return h, c
