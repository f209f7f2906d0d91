"""Find out from torch itself which gate a slice of a recurrent layer's weights feeds.

The probe gives every gate the same pre-activation (1) except the block under test, which gets
−3, runs one step from x = h = c = 1, and compares the new state with what each candidate gate
would produce there, computed from the cell's equations. Because all other blocks look alike,
the result depends only on which gate the block is, not on how the others are ordered. Nothing
about PyTorch's gate order is assumed: that order is what is being checked.
"""

from __future__ import annotations

import math

import torch

LOW = -3.0  # the pre-activation of the probed block; every other block gets 1
GATES = {"LSTM": ("i", "f", "g", "o"), "GRU": ("r", "z", "n"), "RNN": ("h",)}
MATCH = 1e-9


def _sigmoid(v: float) -> float:
    return 1.0 / (1.0 + math.exp(-v))


def expected_state(kind: str, code: str, probed: str) -> tuple[float, ...]:
    """Return the new state (h, and c for an LSTM) if the probed block were gate `code`.

    Args:
        kind: "LSTM", "GRU" or "RNN".
        code: the candidate gate.
        probed: "ih" or "hh": which family of pre-activations carries the probed block.
    """
    gi = {c: (LOW if c == code and probed == "ih" else 1.0) for c in GATES[kind]}
    gh = {c: (LOW if c == code and probed == "hh" else 1.0) for c in GATES[kind]}
    if kind == "LSTM":
        i, f, o = (_sigmoid(gi[k] + gh[k]) for k in "ifo")
        c = f * 1.0 + i * math.tanh(gi["g"] + gh["g"])
        return o * math.tanh(c), c
    if kind == "GRU":
        r, z = _sigmoid(gi["r"] + gh["r"]), _sigmoid(gi["z"] + gh["z"])
        n = math.tanh(gi["n"] + r * gh["n"])
        return ((1 - z) * n + z * 1.0,)
    return (math.tanh(gi["h"] + gh["h"]),)


def _set_probe(module: torch.nn.Module, name: str, lo: int, hi: int) -> str:
    """Zero the layer, then write the probe into `name` and a constant 1 into the other family's bias."""
    family = "ih" if "_ih" in name else "hh"
    other = "hh" if family == "ih" else "ih"
    params = dict(module.named_parameters())
    with torch.no_grad():
        for p in params.values():
            p.zero_()
        target = params[name]
        width = target.shape[1] if target.dim() == 2 else 1  # x and h are all ones: a row sums its entries
        target.fill_(1.0 / width)
        target[lo:hi] = LOW / width
        params[name.replace(f"_{family}", f"_{other}").replace("weight_", "bias_")].fill_(1.0)
    return family


def identify_gate(module: torch.nn.Module, name: str, lo: int, hi: int) -> str:
    """Return the gate code ("i", "f", "g", "o", "r", "z", "n") that rows lo:hi of parameter `name` feed.

    Raises:
        ValueError: the slice is not one whole gate block, or no candidate (or more than one) explains torch's output.
    """
    kind = {torch.nn.LSTM: "LSTM", torch.nn.GRU: "GRU", torch.nn.RNN: "RNN"}[type(module)]
    module = module.double()
    if hi - lo != module.hidden_size or lo % module.hidden_size:
        raise ValueError(f"{name}[{lo}:{hi}] is not one gate block of {module.hidden_size} rows")
    family = _set_probe(module, name, lo, hi)
    x = torch.ones(1, 1, module.input_size, dtype=torch.float64)
    h0 = torch.ones(module.num_layers * (2 if module.bidirectional else 1), 1, module.hidden_size, dtype=torch.float64)
    with torch.no_grad():
        _, state = module(x, (h0, torch.ones_like(h0)) if kind == "LSTM" else h0)
    got = (state[0][0, 0], state[1][0, 0]) if kind == "LSTM" else (state[0, 0],)
    matches = [code for code in GATES[kind]
               if all(torch.allclose(g, torch.full_like(g, e), atol=MATCH) for g, e in zip(got, expected_state(kind, code, family)))]
    if len(matches) != 1:
        raise ValueError(f"probing {name}[{lo}:{hi}] matched {matches or 'no gate'}: the probe cannot tell")
    return matches[0]
