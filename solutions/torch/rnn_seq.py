"""Reference for drill `rnn-seq`, PyTorch track: a one-layer tanh RNN over a time-major sequence."""

import torch


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
    """Return the same (outputs, h_n) computed by torch.nn.RNN (num_layers=1), h_n squeezed."""
    x, h0, W_ih, W_hh, b_ih, b_hh = (
        torch.as_tensor(a, dtype=torch.float64) for a in (x, h0, W_ih, W_hh, b_ih, b_hh))
    H, D = W_ih.shape
    rnn = torch.nn.RNN(D, H, num_layers=1, nonlinearity="tanh").to(torch.float64)
    with torch.no_grad():
        rnn.weight_ih_l0.copy_(W_ih)
        rnn.weight_hh_l0.copy_(W_hh)
        rnn.bias_ih_l0.copy_(b_ih)
        rnn.bias_hh_l0.copy_(b_hh)
    outputs, h_n = rnn(x, h0[None])             # h0 and h_n carry a (num_layers,) axis
    return outputs, h_n[0]
