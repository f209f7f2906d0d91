"""Run trusted code in the grading parent: references from solutions/ and the catalogued mistakes.

These files ship with rnnquiz and are pure functions of their inputs (the drill format requires
it), so they are imported here, never the learner's file.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from rnnquiz.errors import ExitStatus, RnnquizError

_MODULES: dict[tuple[str, int], object] = {}


class TrustedCodeError(RnnquizError):
    """A reference or mistake file that cannot be loaded, lacks the function, or fails (a bug in the drill)."""

    exit_status = ExitStatus.DATA


def load_function(path: Path, function: str):
    """Import a trusted file by path (cached while unchanged) and return its function."""
    path = Path(path).resolve()
    try:
        key = (str(path), path.stat().st_mtime_ns)
    except OSError:
        raise TrustedCodeError(f"{path} does not exist") from None
    module = _MODULES.get(key)
    if module is None:
        spec = importlib.util.spec_from_file_location(f"_rnnquiz_trusted_{len(_MODULES)}", path)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as exc:  # noqa: BLE001 - reported to the drill author by `rnnquiz dev check`
            raise TrustedCodeError(f"{path}: cannot import: {type(exc).__name__}: {exc}") from None
        _MODULES[key] = module
    fn = getattr(module, function, None)
    if not callable(fn):
        raise TrustedCodeError(f"{path} defines no function {function!r}")
    return fn


def as_list(spec, value) -> list:
    """Return a function's result as one entry per declared return."""
    if len(spec.returns) == 1:
        return [value]
    return list(value)


def _copy(value):
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value.copy() if hasattr(value, "copy") else value


def run_numpy(fn, spec, args: dict) -> list:
    """Call a NumPy function on copies of the inputs; return its outputs as float64/int arrays."""
    import numpy as np

    result = as_list(spec, fn(*(_copy(v) for v in args.values())))
    return [[np.asarray(x) for x in r] if isinstance(r, (list, tuple)) else np.asarray(r) for r in result]


def float_leaves(spec, args: dict) -> list[tuple[str, int | None]]:
    """Name every float array among the arguments in call order: (arg, index in a list arg or None)."""
    leaves = []
    for name, value in args.items():
        if isinstance(value, list):
            leaves.extend((name, i) for i, v in enumerate(value) if getattr(v, "dtype", None) is not None and v.dtype.kind == "f")
        elif getattr(value, "dtype", None) is not None and value.dtype.kind == "f":
            leaves.append((name, None))
    return leaves


def run_torch(fn, spec, args: dict, cotangents: list | None) -> tuple[list, list | None]:
    """Call a PyTorch reference in float64; return its outputs and, with cotangents, d(sum out*cot)/d(float inputs)."""
    import torch

    def tensor(v):
        if isinstance(v, list):
            return [tensor(x) for x in v]
        if hasattr(v, "dtype"):
            t = torch.from_numpy(v.copy())
            return t.requires_grad_(True) if cotangents is not None and v.dtype.kind == "f" else t
        return v

    targs = [tensor(v) for v in args.values()]
    outs = as_list(spec, fn(*targs))
    numpy_outs = [[o.detach().numpy() for o in r] if isinstance(r, (list, tuple)) else r.detach().numpy() for r in outs]
    if cotangents is None:
        return numpy_outs, None
    wrt = [t for a in targs for t in (a if isinstance(a, list) else [a]) if isinstance(t, torch.Tensor) and t.requires_grad]
    terms = []
    for o, c in zip(outs, cotangents):
        for leaf, cot in zip(o if isinstance(o, (list, tuple)) else [o], c if isinstance(c, list) else [c]):
            if leaf.requires_grad:
                terms.append((leaf * torch.from_numpy(cot)).sum())
    grads = torch.autograd.grad(sum(terms), wrt, allow_unused=True) if terms else [None] * len(wrt)
    return numpy_outs, [None if g is None else g.numpy() for g in grads]
