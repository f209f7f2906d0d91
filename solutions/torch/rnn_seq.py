"""Reference for drill `rnn-seq`, PyTorch track: a one-layer tanh RNN over a time-major sequence."""

import torch
from torch.func import functional_call


def rnn_seq(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Return (outputs (T, B, H), h_n (B, H)) for x (T, B, D) and h0 (B, H), like torch.nn.RNN."""
    # Project every step's input at once; (T, B, D) @ (D, H) broadcasts over T.
    xproj = x @ W_ih.T + b_ih + b_hh
    h = h0
    outputs = []
    for t in range(x.shape[0]):
        h = torch.tanh(xproj[t] + h @ W_hh.T)   # carry h forward
        outputs.append(h)
    # torch.stack keeps the graph (writing into a preallocated tensor in place would too,
    # but stack is the idiomatic differentiable way).
    return torch.stack(outputs), h


def torch_nn_equivalent(x, h0, W_ih, W_hh, b_ih, b_hh):
    """Return the same (outputs, h_n) computed by torch.nn.RNN with the given weights.

    The module is built on the meta device (no random init, no global RNG use) and run with
    torch.func.functional_call, which substitutes the given tensors for its parameters, so
    gradients flow back to every argument, weights included.
    """
    x, h0, W_ih, W_hh, b_ih, b_hh = (
        torch.as_tensor(a, dtype=torch.float64) for a in (x, h0, W_ih, W_hh, b_ih, b_hh))
    D = W_ih.shape[1]
    H = W_hh.shape[1]
    module = torch.nn.RNN(D, H, num_layers=1, nonlinearity="tanh", device="meta", dtype=torch.float64)
    params = {"weight_ih_l0": W_ih, "weight_hh_l0": W_hh, "bias_ih_l0": b_ih, "bias_hh_l0": b_hh}
    # h0 and h_n carry a leading (num_layers,) axis in torch.nn.RNN.
    outputs, h_n = functional_call(module, params, (x, h0[None]))
    return outputs, h_n[0]
