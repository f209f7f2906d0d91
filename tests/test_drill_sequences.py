"""Content tests for the sequence-model drills: birnn, deep-lstm, packed-gru, many-to-one,
rnn-generate, seq2seq-step.

Ground truth is torch.nn: every reference (NumPy and PyTorch track) must agree with the matching
torch.nn module within 1e-10 in float64, and the PyTorch reference's autograd gradients must agree
with the module's. Every catalogued mistake must be detectable (differs from the reference on the
drill's cases) and nameable (differs from every other mistake of the drill). Inputs are generated
here from each drill.yaml with a small generator of our own, so these tests do not depend on the
grading engine.
"""

from __future__ import annotations

import ast
import importlib.util
import inspect
import itertools
import os
from pathlib import Path

import numpy as np
import pytest
import yaml

os.environ.setdefault("OMP_NUM_THREADS", "1")
import torch  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "rnnquiz" / "drills" / "catalog"
SOLUTIONS = ROOT / "solutions"
DRILLS = ["birnn", "deep-lstm", "packed-gru", "many-to-one", "rnn-generate", "seq2seq-step"]
SEEDS = (11, 2024)
EXACT = 1e-10


# ---------------------------------------------------------------- loading


def _load_module(path: Path):
    spec = importlib.util.spec_from_file_location(f"_drilltest_{path.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_SPECS: dict[str, dict] = {}


def spec_of(drill: str) -> dict:
    if drill not in _SPECS:
        _SPECS[drill] = yaml.safe_load((CATALOG / drill / "drill.yaml").read_text(encoding="utf-8"))
    return _SPECS[drill]


def stem(drill_or_mistake: str) -> str:
    return drill_or_mistake.replace("-", "_")


def function_of(path: Path, name: str):
    return getattr(_load_module(path), name)


# ---------------------------------------------------------------- input generation


def size_of(expr, sizes: dict) -> int:
    """Evaluate a shape entry: an int, a size name, or a small arithmetic expression like 2*H."""
    if isinstance(expr, int):
        return expr
    tree = ast.parse(str(expr), mode="eval")

    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return node.value
        if isinstance(node, ast.Name):
            return int(sizes[node.id])
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult)):
            a, b = ev(node.left), ev(node.right)
            return a + b if isinstance(node.op, ast.Add) else a - b if isinstance(node.op, ast.Sub) else a * b
        raise ValueError(f"unsupported shape expression {expr!r}")

    return ev(tree)


def make_inputs(spec: dict, case: dict, seed: int) -> list:
    """Draw one case's arguments (NumPy values) in call order."""
    rng = np.random.default_rng(seed)
    case_scale = float(case.get("scale", 1.0))
    out = []
    for name, arg in spec["args"].items():
        if "value" in arg:
            out.append(arg["value"])
            continue
        if "size" in arg:
            out.append(int(case[arg["size"]]))
            continue
        shape = tuple(size_of(s, case) for s in arg["shape"])
        dtype = arg.get("dtype", "float")
        if dtype == "float":
            out.append(rng.normal(size=shape) * float(arg.get("scale", 1.0)) * case_scale)
        elif dtype == "int":
            low, high = size_of(arg["low"], case), size_of(arg["high"], case)
            out.append(rng.integers(low, high, size=shape, dtype=np.int64))
        elif dtype == "lengths":
            top = size_of(arg["of"], case)
            lengths = rng.integers(1, top + 1, size=shape, dtype=np.int64)
            lengths[rng.integers(0, shape[0])] = top  # max == T
            out.append(lengths)
        elif dtype == "bool":
            mask = rng.random(shape) < 0.6
            rows = mask.reshape(-1, shape[-1])
            for row in rows:  # at least one True per last-axis row
                row[rng.integers(0, shape[-1])] = True
            out.append(rows.reshape(shape))
        else:
            raise ValueError(f"{name}: unknown dtype {dtype}")
    return out


def to_torch(spec: dict, values: list, requires_grad: bool) -> list:
    out = []
    for arg, v in zip(spec["args"].values(), values):
        if isinstance(v, np.ndarray):
            t = torch.from_numpy(v.copy())
            if t.is_floating_point() and requires_grad:
                t.requires_grad_(True)
            out.append(t)
        else:
            out.append(v)
    return out


def as_tuple(result, spec):
    return tuple(result) if len(spec["returns"]) > 1 else (result,)


def to_numpy(x):
    if isinstance(x, torch.Tensor):
        return x.detach().cpu().numpy()
    return np.asarray(x)


def all_cases(drill: str):
    spec = spec_of(drill)
    for i, case in enumerate(spec["cases"]):
        for seed in SEEDS:
            yield pytest.param(drill, i, seed, id=f"{drill}-case{i}-seed{seed}")


CASE_PARAMS = [p for d in DRILLS for p in all_cases(d)]


# ---------------------------------------------------------------- references vs torch.nn


@pytest.mark.parametrize("drill,case_index,seed", CASE_PARAMS)
def test_references_match_torch_nn(drill, case_index, seed):
    spec = spec_of(drill)
    case = spec["cases"][case_index]
    values = make_inputs(spec, case, seed)
    frozen = [v.copy() if isinstance(v, np.ndarray) else v for v in values]
    ref_np = function_of(SOLUTIONS / "numpy" / f"{stem(drill)}.py", spec["function"])
    torch_mod = _load_module(SOLUTIONS / "torch" / f"{stem(drill)}.py")
    ref_t = getattr(torch_mod, spec["function"])

    got_np = as_tuple(ref_np(*values), spec)
    for v, f in zip(values, frozen):  # references must not modify their inputs
        if isinstance(v, np.ndarray):
            assert np.array_equal(v, f)

    grad = bool(spec.get("grad", False))
    t_in_ref = to_torch(spec, values, grad)
    t_in_nn = to_torch(spec, values, grad)
    got_t = as_tuple(ref_t(*t_in_ref), spec)
    want = as_tuple(torch_mod.torch_nn_equivalent(*t_in_nn), spec)

    assert len(got_np) == len(got_t) == len(want) == len(spec["returns"])
    for ret, a, b, w in zip(spec["returns"], got_np, got_t, want):
        shape = tuple(size_of(s, case) for s in ret["shape"])
        w_np = to_numpy(w)
        assert w_np.shape == shape, (ret["name"], w_np.shape, shape)
        a = np.asarray(a)
        assert a.shape == shape and to_numpy(b).shape == shape, ret["name"]
        if ret.get("dtype") == "int":
            assert np.issubdtype(a.dtype, np.integer) and b.dtype == torch.int64, ret["name"]
            assert np.array_equal(a, w_np) and np.array_equal(to_numpy(b), w_np), ret["name"]
        else:
            assert a.dtype == np.float64 and b.dtype == torch.float64, ret["name"]
            np.testing.assert_allclose(a, w_np, rtol=0, atol=EXACT, err_msg=f"numpy {ret['name']}")
            np.testing.assert_allclose(to_numpy(b), w_np, rtol=0, atol=EXACT, err_msg=f"torch {ret['name']}")

    if grad:
        rng = np.random.default_rng(seed + 1)
        cots = [torch.from_numpy(rng.normal(size=tuple(w.shape))) for w in want]
        names = [n for n, t in zip(spec["args"], t_in_ref) if isinstance(t, torch.Tensor) and t.requires_grad]
        float_ref = [t for t in t_in_ref if isinstance(t, torch.Tensor) and t.requires_grad]
        float_nn = [t for t in t_in_nn if isinstance(t, torch.Tensor) and t.requires_grad]
        loss_ref = sum((o * c).sum() for o, c in zip(got_t, cots))
        loss_nn = sum((o * c).sum() for o, c in zip(want, cots))
        g_ref = torch.autograd.grad(loss_ref, float_ref, allow_unused=True)
        g_nn = torch.autograd.grad(loss_nn, float_nn, allow_unused=True)
        for name, a, b in zip(names, g_ref, g_nn):
            a = torch.zeros(()) if a is None else a
            b = torch.zeros(()) if b is None else b
            np.testing.assert_allclose(to_numpy(a), to_numpy(b), rtol=0, atol=EXACT, err_msg=f"grad {name}")


@pytest.mark.parametrize("drill", DRILLS)
def test_references_treat_batch_rows_independently(drill):
    spec = spec_of(drill)
    case = max(spec["cases"], key=lambda c: c["B"])
    values = make_inputs(spec, case, SEEDS[0])
    ref = function_of(SOLUTIONS / "numpy" / f"{stem(drill)}.py", spec["function"])
    full = as_tuple(ref(*values), spec)
    row = case["B"] - 1
    sliced = []
    for arg, v in zip(spec["args"].values(), values):
        ax = arg.get("batch_axis")
        sliced.append(np.take(v, [row], axis=ax) if ax is not None else v)
    one = as_tuple(ref(*sliced), spec)
    for ret, a, b in zip(spec["returns"], full, one):
        ax = ret.get("batch_axis")
        if ax is not None:
            np.testing.assert_allclose(np.take(np.asarray(a), [row], axis=ax), b, rtol=0, atol=EXACT)


# ---------------------------------------------------------------- mistakes


def _outputs_on_all_cases(path: Path, spec: dict):
    fn = function_of(path, spec["function"])
    results = []
    for i, case in enumerate(spec["cases"]):
        values = make_inputs(spec, case, SEEDS[0] + i)
        try:
            results.append(as_tuple(fn(*values), spec))
        except Exception:  # a mistake may not even run on some shapes (e.g. D != H)
            results.append(None)
    return results


def _same(a, b, spec) -> bool:
    if a is None or b is None:
        return False
    tol = spec["tolerance"]
    for x, y in zip(a, b):
        x, y = np.asarray(x), np.asarray(y)
        if x.shape != y.shape or not np.allclose(x, y, atol=tol["atol"], rtol=tol["rtol"]):
            return False
    return True


@pytest.mark.parametrize("drill", DRILLS)
def test_mistakes_are_detectable_and_nameable(drill):
    spec = spec_of(drill)
    ref = _outputs_on_all_cases(SOLUTIONS / "numpy" / f"{stem(drill)}.py", spec)
    assert all(r is not None for r in ref)
    outs = {}
    for m in spec["mistakes"]:
        outs[m["id"]] = _outputs_on_all_cases(CATALOG / drill / "mistakes" / f"{stem(m['id'])}.py", spec)
        runs = [i for i, o in enumerate(outs[m["id"]]) if o is not None]
        assert runs, f"{m['id']} runs on no case"
        for i in runs:  # a mistake must keep the contract's shapes so it can match a learner
            for ret, o in zip(spec["returns"], outs[m["id"]][i]):
                want = tuple(size_of(s, spec["cases"][i]) for s in ret["shape"])
                assert np.asarray(o).shape == want, (m["id"], i, ret["name"])
        assert any(not _same(o, r, spec) for o, r in zip(outs[m["id"]], ref) if o is not None), (
            f"{m['id']} is indistinguishable from the reference"
        )
    for a, b in itertools.combinations(outs, 2):
        assert not all(_same(x, y, spec) for x, y in zip(outs[a], outs[b])), f"{a} and {b} look the same"


# ---------------------------------------------------------------- files and stubs


@pytest.mark.parametrize("drill", DRILLS)
def test_files_follow_the_spec(drill):
    spec = spec_of(drill)
    assert spec["id"] == drill and spec["format_version"] == 1
    params = list(spec["args"])
    paths = [CATALOG / drill / f"stub_{t}.py" for t in spec["tracks"]]
    paths += [SOLUTIONS / t / f"{stem(drill)}.py" for t in spec["tracks"]]
    paths += [CATALOG / drill / "mistakes" / f"{stem(m['id'])}.py" for m in spec["mistakes"]]
    for path in paths:
        fn = function_of(path, spec["function"])
        assert list(inspect.signature(fn).parameters) == params, path
    nn_eq = _load_module(SOLUTIONS / "torch" / f"{stem(drill)}.py").torch_nn_equivalent
    assert list(inspect.signature(nn_eq).parameters) == params
    on_disk = {p.stem for p in (CATALOG / drill / "mistakes").glob("*.py")}
    assert on_disk == {stem(m["id"]) for m in spec["mistakes"]}
    assert len(spec["hints"]) >= 3


@pytest.mark.parametrize("drill,track", [(d, t) for d in DRILLS for t in ("numpy", "torch")])
def test_stubs_raise_not_implemented(drill, track):
    spec = spec_of(drill)
    values = make_inputs(spec, spec["cases"][0], SEEDS[0])
    if track == "torch":
        values = to_torch(spec, values, bool(spec.get("grad", False)))
    fn = function_of(CATALOG / drill / f"stub_{track}.py", spec["function"])
    with pytest.raises(NotImplementedError):
        fn(*values)


# ---------------------------------------------------------------- against the engine's own schema and cases


@pytest.mark.parametrize("drill", DRILLS)
def test_drill_yaml_validates_and_mistakes_hold_on_engine_cases(drill):
    """The engine's schema accepts the drill, and on the engine's own seeded cases every mistake
    is still detectable and nameable (the grader diagnoses with these, not with ours)."""
    from rnnquiz.drills import cases as engine_cases
    from rnnquiz.drills import loader

    spec_model = loader.load_spec(CATALOG / drill / "drill.yaml")
    spec = spec_of(drill)
    generated = engine_cases.generate(spec_model, seed=0)

    def run(path: Path):
        fn = function_of(path, spec["function"])
        results = []
        for case in generated:
            try:
                results.append(as_tuple(fn(*[case.args[n] for n in spec["args"]]), spec))
            except Exception:
                results.append(None)
        return results

    ref = run(SOLUTIONS / "numpy" / f"{stem(drill)}.py")
    outs = {m["id"]: run(CATALOG / drill / "mistakes" / f"{stem(m['id'])}.py") for m in spec["mistakes"]}
    for mid, o in outs.items():
        assert any(not _same(a, r, spec) for a, r in zip(o, ref) if a is not None), f"{mid} undetectable"
    for a, b in itertools.combinations(outs, 2):
        assert not all(_same(x, y, spec) for x, y in zip(outs[a], outs[b])), f"{a} and {b} look the same"
