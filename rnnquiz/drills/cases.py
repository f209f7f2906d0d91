"""Seeded inputs for a drill: the graded cases, and the probes derived from them.

Every case's inputs come from numpy.random.default_rng((seed, case index)) in float64 (int64 for
integers), so a seed and a case index reproduce a failure exactly. Each case listed in drill.yaml
is drawn DRAWS times with different random values.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rnnquiz.drills import sizes as size_expr
from rnnquiz.drills.text import Msg

DRAWS = 2  # random draws per case listed in drill.yaml


@dataclass
class Case:
    """One set of inputs for the drill's function."""

    index: int
    sizes: dict[str, int]
    scale: float
    seed: int
    args: dict[str, object]  # arg name -> ndarray, Python constant, or list of ndarrays
    zero_rows: int = 0  # leading batch rows of the float inputs set to zero (`zero_rows:` in drill.yaml)

    def describe(self) -> Msg:
        """Return the case for a learner: `B=3, D=4, H=5` (plus `inputs ×8` when scaled up)."""
        text = ", ".join(f"{k}={v}" for k, v in self.sizes.items())
        if self.zero_rows:
            return Msg("drill.case.zero-rows", sizes=text, n=self.zero_rows)
        return Msg("drill.case.scaled", sizes=text, scale=self.scale) if self.scale != 1 else Msg("drill.case", sizes=text)


def _array(arg, shape: tuple[int, ...], sizes: dict[str, int], scale: float, rng: np.random.Generator) -> np.ndarray:
    if arg.dtype == "float":
        return rng.standard_normal(shape) * (arg.scale or 1.0) * scale
    if arg.dtype == "int":
        low = size_expr.evaluate(arg.low, sizes) if arg.low is not None else 0
        return rng.integers(low, size_expr.evaluate(arg.high, sizes), size=shape, dtype=np.int64)
    if arg.dtype == "lengths":
        top = size_expr.evaluate(arg.of, sizes)
        lengths = rng.integers(1, top + 1, size=shape, dtype=np.int64)
        if lengths.size:
            lengths.flat[rng.integers(lengths.size)] = top  # the longest sequence fills the time axis
        return lengths
    mask = rng.random(shape) < 0.5
    if mask.ndim and mask.shape[-1]:
        rows = mask.reshape(-1, mask.shape[-1])
        empty = ~rows.any(axis=1)
        rows[empty, rng.integers(mask.shape[-1], size=int(empty.sum()))] = True  # >= 1 True per row
    return mask


def make_args(spec, sizes: dict[str, int], scale: float, rng: np.random.Generator) -> dict[str, object]:
    """Generate one value per argument of the drill, in call order."""
    args: dict[str, object] = {}
    for name, arg in spec.args.items():
        if arg.kind == "array":
            args[name] = _array(arg, size_expr.shape_of(arg.shape, sizes), sizes, scale, rng)
        elif arg.kind == "list":
            args[name] = [rng.standard_normal(size_expr.shape_of(s, sizes)) * (arg.scale or 1.0) * scale for s in arg.shapes]
        elif arg.kind == "size":
            args[name] = sizes[arg.size]
        else:
            args[name] = arg.value
    return args


CASE_OPTIONS = ("scale", "zero_rows")  # keys of a case in drill.yaml that are not sizes


def case_sizes(spec, position: int) -> tuple[dict[str, int], float]:
    raw = spec.cases[position % len(spec.cases)]
    return {k: v for k, v in raw.items() if k not in CASE_OPTIONS}, float(raw.get("scale", 1.0))


def _zero_rows(spec, args: dict, n: int) -> None:
    """Set the first n batch rows of every float input to zero (an all-zero vector, where eps matters)."""
    for name, arg in spec.args.items():
        value = args[name]
        if n and arg.batch_axis is not None and isinstance(value, np.ndarray) and value.dtype.kind == "f":
            index = [slice(None)] * value.ndim
            index[arg.batch_axis] = slice(0, n)
            value[tuple(index)] = 0.0


def generate(spec, seed: int, only: int | None = None) -> list[Case]:
    """Return the graded cases (all of them, or only case number `only`)."""
    count = len(spec.cases) * DRAWS
    indices = range(count) if only is None else [only]
    cases = []
    for i in indices:
        sizes, scale = case_sizes(spec, i)
        zero = int(spec.cases[i % len(spec.cases)].get("zero_rows", 0))
        args = make_args(spec, sizes, scale, np.random.default_rng((seed, i)))
        _zero_rows(spec, args, zero)
        cases.append(Case(i, sizes, scale, seed, args, zero))
    return cases


def case_count(spec) -> int:
    """Return how many graded cases a drill has."""
    return len(spec.cases) * DRAWS


def cotangents(spec, case: Case, output_shapes: list) -> list:
    """Return seeded random weights for each float output (the torch track backpropagates sum(out * cot))."""
    rng = np.random.default_rng((case.seed, case.index, 1))
    cots = []
    for ret, shape in zip(spec.returns, output_shapes):
        if ret.shapes is not None:
            cots.append([rng.standard_normal(s) for s in shape])
        else:
            cots.append(rng.standard_normal(shape))
    return cots


def output_shapes(spec, case: Case) -> list:
    """Return the expected shape of every return (a list of shapes for a list return)."""
    return [
        size_expr.shape_of(r.shape, case.sizes) if r.shape is not None else [size_expr.shape_of(s, case.sizes) for s in r.shapes]
        for r in spec.returns
    ]


def batch_size(spec, case: Case) -> int:
    """Return the batch size of a case (0 when no argument has a batch axis)."""
    for name, arg in spec.args.items():
        if arg.batch_axis is not None:
            return case.args[name].shape[arg.batch_axis]
    return 0


def batch_rows(spec, case: Case) -> list[int]:
    """Return the batch rows the probes redraw: the first and the last.

    Redrawing one row only would let code that computes that row's neighbour and repeats it for
    the whole batch pass; with two rows, each probe catches what the other cannot.
    """
    return [0, batch_size(spec, case) - 1]


def batch_probe(spec, case: Case, row: int | None = None) -> tuple[dict[str, object], int]:
    """Return the case's inputs with one batch row (default: the last) redrawn, and that row's index.

    A function that treats rows independently gives the same outputs for every other row.
    Lengths are kept (a new length could change the padded time axis).
    """
    row = batch_size(spec, case) - 1 if row is None else row
    fresh = make_args(spec, case.sizes, case.scale, np.random.default_rng((case.seed, case.index, 2, row)))
    args = dict(case.args)
    for name, arg in spec.args.items():
        if arg.batch_axis is None or arg.dtype == "lengths":
            continue
        new = case.args[name].copy()
        index = [slice(None)] * new.ndim
        index[arg.batch_axis] = row
        new[tuple(index)] = fresh[name][tuple(index)]
        args[name] = new
    return args, row


def block_probes(spec, case: Case) -> list[tuple[str, dict[str, object]]]:
    """Return probes that isolate each gate block: block args zero except that block's rows.

    The first probe ("none") zeroes every block; then one probe per block keeps only its rows.
    Where the learner's output departs from the reference's on a probe, that block is off.
    """
    blocks = spec.blocks
    n = len(blocks.names)
    if any(case.args[name].shape[0] % n for name in blocks.args):
        return []  # `rnnquiz dev check` reports such a drill
    probes = []
    for keep in [None, *range(n)]:
        args = dict(case.args)
        for name in blocks.args:
            original = case.args[name]
            size = original.shape[0] // n
            new = np.zeros_like(original)
            if keep is not None:
                new[keep * size:(keep + 1) * size] = original[keep * size:(keep + 1) * size]
            args[name] = new
        probes.append(("none" if keep is None else blocks.names[keep], args))
    return probes


def permute_blocks(spec, args: dict[str, object], order: tuple[int, ...]) -> dict[str, object]:
    """Return the inputs with the gate blocks of every block arg rearranged: new block k = old order[k]."""
    n = len(spec.blocks.names)
    out = dict(args)
    for name in spec.blocks.args:
        parts = np.split(args[name], n, axis=0)
        out[name] = np.concatenate([parts[k] for k in order], axis=0)
    return out
