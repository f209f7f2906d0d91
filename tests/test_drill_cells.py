"""Content tests for the cell and sequence drills: rnn, gru, lstm, gru-simple, rnn-seq, gru-seq, lstm-seq.

They pin the ground truth independently of the grading engine:
- both references (NumPy and PyTorch) equal torch.nn on seeded shapes within 1e-10 (float64),
  and the PyTorch reference's autograd gradients equal torch.nn's;
- every catalogued mistake runs, differs from the reference (detectable) and from every other
  mistake of its drill (nameable) on the drill's own cases;
- references and mistakes leave their inputs untouched and raise no numeric warnings;
- every stub raises NotImplementedError; the drill.yaml files carry what the drill format requires.
Inputs are drawn like the engine draws them: normal(0, 1) * arg scale * case scale, float64.
Run with OMP_NUM_THREADS=1 (torch); the whole file takes a few seconds.
"""

from __future__ import annotations

import ast
import importlib.util
import itertools
import operator
import warnings
from pathlib import Path

import numpy as np
import pytest
import yaml

import torch  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "rnnquiz" / "drills" / "catalog"
SOLUTIONS = ROOT / "solutions"
DRILLS = ["rnn", "gru", "lstm", "gru-simple", "rnn-seq", "gru-seq", "lstm-seq"]
SEQUENCE_DRILLS = {"rnn-seq", "gru-seq", "lstm-seq"}
TIGHT = 1e-10  # references against torch.nn, float64

# Extra shapes beyond each drill's own cases: D == H, and a somewhat larger one.
EXTRA_CASES = [{"B": 2, "D": 3, "H": 3, "T": 3}, {"B": 5, "D": 7, "H": 6, "T": 8, "scale": 2.0}]


# ---------------------------------------------------------------------------------- loading

def _load_module(path: Path):
    name = "_drill_cells_" + "_".join(path.relative_to(ROOT).with_suffix("").parts)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spec(drill: str) -> dict:
    return yaml.safe_load((CATALOG / drill / "drill.yaml").read_text(encoding="utf-8"))


def _function(path: Path, name: str):
    return getattr(_load_module(path), name)


def _reference(drill: str, track: str):
    spec = _spec(drill)
    return _function(SOLUTIONS / track / f"{drill.replace('-', '_')}.py", spec["function"])


def _torch_nn(drill: str):
    return _function(SOLUTIONS / "torch" / f"{drill.replace('-', '_')}.py", "torch_nn_equivalent")


def _mistakes(drill: str) -> dict:
    spec = _spec(drill)
    folder = CATALOG / drill / "mistakes"
    return {m["id"]: _function(folder / f"{m['id'].replace('-', '_')}.py", spec["function"])
            for m in spec["mistakes"]}


# ------------------------------------------------------------------------- input generation

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}


def _size(expr, sizes: dict) -> int:
    """Evaluate a shape entry such as 4, "H", "4*H" or "H+D" against a case's sizes."""
    if isinstance(expr, int):
        return expr

    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return node.value
        if isinstance(node, ast.Name):
            return sizes[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError(f"unsupported shape expression {expr!r}")

    return walk(ast.parse(str(expr), mode="eval"))


def _make_args(spec: dict, case: dict, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    args = []
    for name, arg in spec["args"].items():
        shape = [_size(e, case) for e in arg["shape"]]
        args.append(rng.standard_normal(shape) * arg.get("scale", 1.0) * case.get("scale", 1.0))
    return args


def _cases(drill: str, extra: bool = False) -> list[dict]:
    cases = list(_spec(drill)["cases"])
    return cases + EXTRA_CASES if extra else cases


def _as_tuple(out) -> tuple:
    return tuple(out) if isinstance(out, (tuple, list)) else (out,)


def _to_numpy(out) -> tuple[np.ndarray, ...]:
    return tuple(o.detach().numpy() if isinstance(o, torch.Tensor) else np.asarray(o)
                 for o in _as_tuple(out))


def _max_gap(a: tuple, b: tuple) -> float:
    assert len(a) == len(b)
    return max(float(np.max(np.abs(x - y))) if x.size else 0.0 for x, y in zip(a, b))


def _close(a: tuple, b: tuple, tol: dict) -> bool:
    """True when two output tuples agree within the drill's grading tolerance."""
    if len(a) != len(b):
        return False
    return all(x.shape == y.shape and np.allclose(x, y, atol=tol["atol"], rtol=tol["rtol"])
               for x, y in zip(a, b))


def _run_strict(fn, args):
    """Call fn with copies of args; fail on numeric warnings or on any change to the inputs."""
    copies = [a.copy() for a in args]
    with warnings.catch_warnings(), np.errstate(all="raise"):
        warnings.simplefilter("error")
        out = fn(*copies)
    for before, after in zip(args, copies):
        np.testing.assert_array_equal(before, after, err_msg="inputs were modified in place")
    return _to_numpy(out)


def _params(drills, extra=False):
    return [pytest.param(d, c, id=f"{d}-{i}") for d in drills
            for i, c in enumerate(_cases(d, extra))]


# ----------------------------------------------------------------------------------- tests

@pytest.mark.parametrize("drill,case", _params(DRILLS, extra=True))
def test_numpy_reference_matches_torch_nn(drill, case):
    spec, ref, nn = _spec(drill), _reference(drill, "numpy"), _torch_nn(drill)
    for seed in (0, 1):
        args = _make_args(spec, case, seed)
        got = _run_strict(ref, args)
        want = _to_numpy(nn(*[torch.from_numpy(a) for a in args]))
        assert [g.shape for g in got] == [w.shape for w in want]
        assert all(g.dtype == np.float64 for g in got)
        assert _max_gap(got, want) <= TIGHT, f"{drill} seed {seed} case {case}"


@pytest.mark.parametrize("drill,case", _params(DRILLS, extra=True))
def test_torch_reference_matches_torch_nn_values_and_grads(drill, case):
    spec, ref, nn = _spec(drill), _reference(drill, "torch"), _torch_nn(drill)
    args = _make_args(spec, case, seed=2)
    results = []
    for fn in (ref, nn):
        tensors = [torch.tensor(a, requires_grad=True) for a in args]
        outs = _as_tuple(fn(*tensors))
        cot = np.random.default_rng(3)  # the same cotangents for both
        loss = sum((o * torch.from_numpy(cot.standard_normal(tuple(o.shape)))).sum() for o in outs)
        grads = torch.autograd.grad(loss, tensors, allow_unused=True)
        assert all(g is not None for g in grads), f"{fn.__module__}: an argument gets no gradient"
        results.append((_to_numpy(outs), _to_numpy(grads)))
    (ref_out, ref_grad), (nn_out, nn_grad) = results
    assert all(o.dtype == np.float64 for o in ref_out)
    assert _max_gap(ref_out, nn_out) <= TIGHT
    assert _max_gap(ref_grad, nn_grad) <= TIGHT


@pytest.mark.parametrize("drill", DRILLS)
def test_numpy_reference_treats_batch_rows_independently(drill):
    spec, ref = _spec(drill), _reference(drill, "numpy")
    case = {"B": 3, "D": 4, "H": 5, "T": 4}
    args = _make_args(spec, case, seed=4)
    full = _run_strict(ref, args)
    arg_axes = [a.get("batch_axis") for a in spec["args"].values()]
    out_axes = [r.get("batch_axis") for r in spec["returns"]]
    for row in range(case["B"]):
        sliced = [a if ax is None else np.take(a, [row], axis=ax) for a, ax in zip(args, arg_axes)]
        one = _run_strict(ref, sliced)
        want = tuple(np.take(o, [row], axis=ax) for o, ax in zip(full, out_axes))
        assert _max_gap(one, want) <= TIGHT


@pytest.mark.parametrize("drill", DRILLS)
def test_mistakes_are_detectable_and_nameable(drill):
    spec, ref, mistakes = _spec(drill), _reference(drill, "numpy"), _mistakes(drill)
    tol = spec["tolerance"]
    outputs = {"reference": []} | {mid: [] for mid in mistakes}
    for case in spec["cases"]:
        args = _make_args(spec, case, seed=5)
        outputs["reference"].append(_run_strict(ref, args))
        for mid, fn in mistakes.items():
            out = _run_strict(fn, args)  # every catalogued mistake runs on every case
            assert [o.shape for o in out] == [o.shape for o in outputs["reference"][-1]], mid
            outputs[mid].append(out)
    # Detectable: differs from the reference on at least one case; nameable: from every other.
    for a, b in itertools.combinations(outputs, 2):
        differing = [i for i, (x, y) in enumerate(zip(outputs[a], outputs[b]))
                     if not _close(x, y, tol)]
        assert differing, f"{drill}: {a} and {b} agree on every case"


@pytest.mark.parametrize("drill", DRILLS)
def test_mistakes_differ_on_the_generic_case(drill):
    """On the first (generic) case every mistake is already told apart from all others."""
    spec, ref, mistakes = _spec(drill), _reference(drill, "numpy"), _mistakes(drill)
    args = _make_args(spec, spec["cases"][0], seed=6)
    outs = {"reference": _run_strict(ref, args)} | {m: _run_strict(f, args)
                                                      for m, f in mistakes.items()}
    for a, b in itertools.combinations(outs, 2):
        assert not _close(outs[a], outs[b], spec["tolerance"]), f"{drill}: {a} ~ {b}"


@pytest.mark.parametrize("track", ["numpy", "torch"])
@pytest.mark.parametrize("drill", DRILLS)
def test_stub_raises_not_implemented(drill, track):
    spec = _spec(drill)
    stub = _function(CATALOG / drill / f"stub_{track}.py", spec["function"])
    args = _make_args(spec, spec["cases"][0], seed=7)
    if track == "torch":
        args = [torch.from_numpy(a) for a in args]
    with pytest.raises(NotImplementedError):
        stub(*args)
    assert stub.__doc__ and "Returns" in stub.__doc__


@pytest.mark.parametrize("drill", DRILLS)
def test_drill_yaml_content(drill):
    spec = _spec(drill)
    assert spec["format_version"] == 1 and spec["id"] == drill
    assert spec["tracks"] == ["numpy", "torch"]
    for text in [spec["title"], spec["statement"], *spec["hints"]]:
        assert text["en"].strip() and text["zh"].strip()
    assert 3 <= len(spec["hints"]) <= 4
    ids = [m["id"] for m in spec["mistakes"]]
    assert len(ids) == len(set(ids))
    files = {p.stem for p in (CATALOG / drill / "mistakes").glob("*.py")}
    assert files == {i.replace("-", "_") for i in ids}, "one mistakes/<id>.py per catalogue entry"
    for m in spec["mistakes"]:
        assert all(m[k]["en"].strip() and m[k]["zh"].strip() for k in ("title", "explain"))
    cases = spec["cases"]
    assert any(c["B"] == 1 for c in cases)
    assert any(c["H"] == 1 for c in cases)
    assert any(c["H"] != c["D"] for c in cases)
    assert any(c.get("scale", 1.0) >= 5.0 for c in cases)
    if drill in SEQUENCE_DRILLS:
        assert any(c["T"] == 1 for c in cases)
    if "blocks" in spec:
        assert set(spec["blocks"]["args"]) <= set(spec["args"])
    assert list(spec["args"]) == list(_signature(drill))


def _signature(drill: str) -> list[str]:
    import inspect

    return list(inspect.signature(_reference(drill, "numpy")).parameters)


def test_fast_lstm_seq_keeps_float32_and_agrees_with_the_plain_loop():
    """The optimised NumPy lstm_seq equals a plain per-step loop, in float64 and float32."""
    ref = _reference("lstm-seq", "numpy")
    cell = _reference("lstm", "numpy")  # the plain loop is built from the cell reference
    spec = _spec("lstm-seq")
    args = _make_args(spec, {"T": 6, "B": 3, "D": 5, "H": 4}, seed=8)
    x, h, c, *weights = args
    outs = []
    for t in range(x.shape[0]):
        h, c = cell(x[t], h, c, *weights)
        outs.append(h)
    want = (np.stack(outs), h, c)
    assert _max_gap(_run_strict(ref, args), want) <= TIGHT
    got32 = ref(*[a.astype(np.float32) for a in args])
    assert all(g.dtype == np.float32 for g in got32)
    assert _max_gap(tuple(np.asarray(g, dtype=np.float64) for g in got32), want) <= 1e-5
