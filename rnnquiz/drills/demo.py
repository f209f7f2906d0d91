"""Run a drill's reference on a demo input and compare it with the matching torch.nn module (`rnnquiz solve`)."""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field

import numpy as np

from rnnquiz.drills import cases as case_gen
from rnnquiz.drills.references import as_list, load_function, run_numpy, run_torch
from rnnquiz.drills.text import Msg


@dataclass
class Demo:
    """The reference's outputs on one case, and how closely torch.nn agrees."""

    case: str  # a Msg, like every text here: English as a str, `render(text, lang)` for another language
    inputs: dict[str, str]  # arg -> shape or value, as text
    outputs: dict[str, np.ndarray]
    nn_source: str  # what torch_nn_equivalent says it uses
    nn_max_diff: float | None  # None when the drill ships no torch_nn_equivalent
    grad_max_diff: float | None = None  # torch track: autograd of the reference vs of torch.nn
    notes: list[str] = field(default_factory=list)


def _describe_input(value) -> str:
    if isinstance(value, np.ndarray):
        return f"{value.dtype} {value.shape}"
    if isinstance(value, list):
        return Msg("solve.input-list", n=len(value))
    return repr(value)


def _flat(values: list) -> list[np.ndarray]:
    out = []
    for v in values:
        out.extend(_flat(list(v)) if isinstance(v, (list, tuple)) else [np.asarray(v)])
    return out


def _max_diff(a: list, b: list) -> float:
    return max((float(np.max(np.abs(x.astype(float) - y.astype(float)), initial=0.0)) for x, y in zip(_flat(a), _flat(b))), default=0.0)


def torch_nn_outputs(fn, spec, args: dict, cotangents):
    import torch

    tensors = {}
    for name, v in args.items():
        if isinstance(v, np.ndarray):
            t = torch.from_numpy(v.copy())
            tensors[name] = t.requires_grad_(True) if cotangents is not None and v.dtype.kind == "f" else t
        elif isinstance(v, list):
            tensors[name] = [torch.from_numpy(x.copy()) for x in v]
        else:
            tensors[name] = v
    outs = as_list(spec, fn(*tensors.values()))
    values = [[o.detach().numpy() for o in r] if isinstance(r, (list, tuple)) else r.detach().numpy() for r in outs]
    if cotangents is None:
        return values, None
    wrt = [t for t in tensors.values() if isinstance(t, torch.Tensor) and t.requires_grad]
    loss = sum((o * torch.from_numpy(c)).sum() for o, c in zip(outs, cotangents) if isinstance(o, torch.Tensor) and o.requires_grad)
    grads = torch.autograd.grad(loss, wrt, allow_unused=True)
    return values, [np.zeros(t.shape) if g is None else g.numpy() for t, g in zip(wrt, grads)]


def run_demo(drill, track: str, seed: int = 0) -> Demo:
    """Run the reference of `track` on case 0 and compare with solutions/torch/<id>.py:torch_nn_equivalent."""
    spec = drill.spec
    case = case_gen.generate(spec, seed, only=0)[0]
    reference = load_function(drill.solution_path(track), spec.function)
    use_grad = track == "torch" and spec.grad and all(r.shapes is None for r in spec.returns)
    cot = case_gen.cotangents(spec, case, case_gen.output_shapes(spec, case)) if use_grad else None
    if track == "torch":
        outputs, ref_grads = run_torch(reference, spec, case.args, cot)
    else:
        outputs, ref_grads = run_numpy(reference, spec, case.args), None
    demo = Demo(case.describe(), {k: _describe_input(v) for k, v in case.args.items()},
                {r.name: o for r, o in zip(spec.returns, outputs)}, "", None)
    try:
        nn_fn = load_function(drill.solution_path("torch"), "torch_nn_equivalent")
    except Exception:  # noqa: BLE001 - a drill without a torch.nn counterpart still has a demo
        demo.notes.append(Msg("solve.no-nn"))
        return demo
    demo.nn_source = (inspect.getdoc(nn_fn) or "torch_nn_equivalent").splitlines()[0]
    nn_values, nn_grads = torch_nn_outputs(nn_fn, spec, case.args, cot)
    demo.nn_max_diff = _max_diff(outputs, nn_values)
    if ref_grads is not None and nn_grads is not None:
        demo.grad_max_diff = _max_diff([g if g is not None else np.zeros(1) for g in ref_grads], nn_grads)
    return demo
