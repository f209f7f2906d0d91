"""Content tests for the vector, attention and training drills: one-hot, embedding,
cosine-similarity, sdpa, additive-attention, rnn-bptt, lstm-step-backward, clip-grad-norm.

Ground truth is torch: every reference (NumPy and PyTorch track) must agree with
`torch_nn_equivalent` (the matching torch.nn module or functional, weights bound in) within
1e-10 in float64 on several seeds; on tracks with `grad: true` the PyTorch reference's autograd
gradients must agree with the module's; the backward drills (NumPy only) are checked against
torch autograd on torch.nn.RNN / torch.nn.LSTMCell. Every catalogued mistake must be detectable
(differs from the reference on the drill's cases) and nameable (differs from every other
mistake), and every stub must raise NotImplementedError. Inputs are drawn here from each
drill.yaml with a small generator of our own, so the tests do not depend on the grading engine.
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
torch.set_num_threads(1)

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "rnnquiz" / "drills" / "catalog"
SOLUTIONS = ROOT / "solutions"
DRILLS = ["one-hot", "embedding", "cosine-similarity", "sdpa", "additive-attention",
          "rnn-bptt", "lstm-step-backward", "clip-grad-norm"]
SEEDS = (0, 7, 2024)
EXACT = 1e-10


# ---------------------------------------------------------------- loading


def _load_module(path: Path):
    spec = importlib.util.spec_from_file_location(f"_vectest_{path.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_SPECS: dict[str, dict] = {}
_MODULES: dict[Path, object] = {}


def spec_of(drill: str) -> dict:
    if drill not in _SPECS:
        _SPECS[drill] = yaml.safe_load((CATALOG / drill / "drill.yaml").read_text(encoding="utf-8"))
    return _SPECS[drill]


def module(path: Path):
    if path not in _MODULES:
        _MODULES[path] = _load_module(path)
    return _MODULES[path]


def stem(name: str) -> str:
    return name.replace("-", "_")


def numpy_ref(drill: str):
    return getattr(module(SOLUTIONS / "numpy" / f"{stem(drill)}.py"), spec_of(drill)["function"])


def torch_solution(drill: str):
    return module(SOLUTIONS / "torch" / f"{stem(drill)}.py")


def mistake_fn(drill: str, mistake_id: str):
    path = CATALOG / drill / "mistakes" / f"{stem(mistake_id)}.py"
    return getattr(module(path), spec_of(drill)["function"])


# ---------------------------------------------------------------- input generation


def size_of(expr, sizes: dict) -> int:
    """Evaluate a shape entry: an int, a size name, or a small arithmetic expression like 4*H."""
    if isinstance(expr, int):
        return expr
    ops = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b}

    def ev(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return node.value
        if isinstance(node, ast.Name):
            return int(sizes[node.id])
        if isinstance(node, ast.BinOp) and type(node.op) in ops:
            return ops[type(node.op)](ev(node.left), ev(node.right))
        raise ValueError(f"unsupported shape expression {expr!r}")

    return ev(ast.parse(str(expr), mode="eval").body)


def shape_of(shape, case) -> tuple[int, ...]:
    return tuple(size_of(s, case) for s in shape)


def make_inputs(spec: dict, case: dict, seed: int) -> list:
    """Draw one case's arguments (NumPy values, Python scalars, lists of arrays) in call order."""
    rng = np.random.default_rng(seed)
    case_scale = float(case.get("scale", 1.0))
    out = []
    for name, arg in spec["args"].items():
        scale = float(arg.get("scale", 1.0)) * case_scale
        if "value" in arg:
            out.append(arg["value"])
        elif "size" in arg:
            out.append(int(case[arg["size"]]))
        elif "list" in arg:
            out.append([rng.normal(size=shape_of(s, case)) * scale for s in arg["list"]])
        else:
            shape = shape_of(arg["shape"], case)
            dtype = arg.get("dtype", "float")
            if dtype == "float":
                out.append(rng.normal(size=shape) * scale)
            elif dtype == "int":
                low, high = size_of(arg.get("low", 0), case), size_of(arg["high"], case)
                out.append(rng.integers(low, high, size=shape, dtype=np.int64))
            elif dtype == "bool":
                rows = (rng.random(shape) < 0.6).reshape(-1, shape[-1])
                rows[np.arange(rows.shape[0]), rng.integers(0, shape[-1], size=rows.shape[0])] = True
                out.append(rows.reshape(shape))
            else:
                raise ValueError(f"{name}: dtype {dtype} is not used by these drills")
    return out


def copy_value(v):
    if isinstance(v, np.ndarray):
        return v.copy()
    if isinstance(v, list):
        return [copy_value(x) for x in v]
    return v


def to_torch(values: list, requires_grad: bool) -> list:
    def conv(v):
        if isinstance(v, np.ndarray):
            t = torch.from_numpy(v.copy())
            if requires_grad and t.is_floating_point():
                t.requires_grad_(True)
            return t
        if isinstance(v, list):
            return [conv(x) for x in v]
        return v

    return [conv(v) for v in values]


def leaves(value) -> list:
    """Flatten a return value (array, scalar, list of arrays) into a list of NumPy arrays."""
    if isinstance(value, (list, tuple)):
        return [leaf for v in value for leaf in leaves(v)]
    if isinstance(value, torch.Tensor):
        return [value.detach().cpu().numpy()]
    return [np.asarray(value)]


def returns_of(result, spec) -> tuple:
    return tuple(result) if len(spec["returns"]) > 1 else (result,)


def expected_shapes(spec: dict, case: dict) -> list[tuple[int, ...]]:
    shapes = []
    for ret in spec["returns"]:
        if "list" in ret:
            shapes += [shape_of(s, case) for s in ret["list"]]
        else:
            shapes.append(shape_of(ret["shape"], case))
    return shapes


def all_cases(drill: str):
    for i, _ in enumerate(spec_of(drill)["cases"]):
        for seed in SEEDS:
            yield pytest.param(drill, i, seed, id=f"{drill}-case{i}-seed{seed}")


CASE_PARAMS = [p for d in DRILLS for p in all_cases(d)]


# ---------------------------------------------------------------- references vs torch


def _assert_exact(got, want, shapes, what: str) -> None:
    got, want = leaves(got), leaves(want)
    assert len(got) == len(want) == len(shapes), what
    for k, (a, w, shape) in enumerate(zip(got, want, shapes)):
        assert a.shape == shape and w.shape == shape, (what, k, a.shape, w.shape, shape)
        assert a.dtype == np.float64, (what, k, a.dtype)
        np.testing.assert_allclose(a, w, rtol=0, atol=EXACT, err_msg=f"{what} output {k}")


@pytest.mark.parametrize("drill,case_index,seed", CASE_PARAMS)
def test_references_match_torch(drill, case_index, seed):
    spec = spec_of(drill)
    case = spec["cases"][case_index]
    values = make_inputs(spec, case, seed)
    frozen = copy_value(values)
    shapes = expected_shapes(spec, case)
    tsol = torch_solution(drill)

    got_np = returns_of(numpy_ref(drill)(*values), spec)
    for v, f in zip(leaves(values), leaves(frozen)):  # references must not modify their inputs
        assert np.array_equal(v, f)
    want = returns_of(tsol.torch_nn_equivalent(*to_torch(values, False)), spec)
    _assert_exact(got_np, want, shapes, "numpy reference")
    if "torch" not in spec["tracks"]:
        return

    grad = bool(spec.get("grad", False))
    t_ref, t_nn = to_torch(values, grad), to_torch(values, grad)
    got_t = returns_of(getattr(tsol, spec["function"])(*t_ref), spec)
    want = returns_of(tsol.torch_nn_equivalent(*t_nn), spec)
    _assert_exact(got_t, want, shapes, "torch reference")
    for v, f in zip(leaves(t_ref), leaves(frozen)):
        assert np.array_equal(v, f)
    if not grad:
        return
    rng = np.random.default_rng(seed + 1)
    cots = [torch.from_numpy(rng.normal(size=s)) for s in shapes]
    outs_ref = [o for r in got_t for o in (r if isinstance(r, list) else [r])]
    outs_nn = [o for r in want for o in (r if isinstance(r, list) else [r])]
    wrt_ref = [t for t in t_ref if isinstance(t, torch.Tensor) and t.requires_grad]
    wrt_nn = [t for t in t_nn if isinstance(t, torch.Tensor) and t.requires_grad]
    assert wrt_ref
    g_ref = torch.autograd.grad(sum((o * c).sum() for o, c in zip(outs_ref, cots)), wrt_ref)
    g_nn = torch.autograd.grad(sum((o * c).sum() for o, c in zip(outs_nn, cots)), wrt_nn)
    for k, (a, b) in enumerate(zip(g_ref, g_nn)):
        np.testing.assert_allclose(a.numpy(), b.numpy(), rtol=0, atol=EXACT, err_msg=f"grad {k}")


def _batched(drill) -> bool:
    return any(a.get("batch_axis") is not None for a in spec_of(drill)["args"].values())


@pytest.mark.parametrize("drill", [d for d in DRILLS if _batched(d)])  # clip-grad-norm has no batch
def test_references_treat_batch_rows_independently(drill):
    spec = spec_of(drill)
    case = max(spec["cases"], key=lambda c: c.get("B", c.get("N", 0)))
    values = make_inputs(spec, case, SEEDS[0])
    full = returns_of(numpy_ref(drill)(*values), spec)
    batch = [a for a in spec["args"].values() if a.get("batch_axis") is not None][0]
    row = shape_of(batch["shape"], case)[batch["batch_axis"]] - 1
    sliced = [np.take(v, [row], axis=a["batch_axis"]) if a.get("batch_axis") is not None else v
              for a, v in zip(spec["args"].values(), values)]
    one = returns_of(numpy_ref(drill)(*sliced), spec)
    for ret, a, b in zip(spec["returns"], full, one):
        if ret.get("batch_axis") is not None:
            np.testing.assert_allclose(np.take(np.asarray(a), [row], axis=ret["batch_axis"]), b, rtol=0, atol=EXACT)


# ---------------------------------------------------------------- mistakes


def _outputs_on_all_cases(fn, spec: dict, seed: int) -> list:
    results = []
    for i, case in enumerate(spec["cases"]):
        values = make_inputs(spec, case, seed + i)
        try:
            with np.errstate(all="ignore"):
                results.append(leaves(returns_of(fn(*values), spec)))
        except Exception:  # a mistake may not run on some shapes (e.g. Hd != He)
            results.append(None)
    return results


def _same(a, b, spec) -> bool:
    if a is None or b is None:
        return False
    tol = spec["tolerance"]
    return len(a) == len(b) and all(
        x.shape == y.shape and np.allclose(x, y, atol=tol["atol"], rtol=tol["rtol"]) for x, y in zip(a, b))


@pytest.mark.parametrize("drill,seed", [(d, s) for d in DRILLS for s in SEEDS])
def test_mistakes_are_detectable_and_nameable(drill, seed):
    spec = spec_of(drill)
    ref = _outputs_on_all_cases(numpy_ref(drill), spec, seed)
    assert all(r is not None for r in ref)
    outs = {}
    for m in spec["mistakes"]:
        outs[m["id"]] = got = _outputs_on_all_cases(mistake_fn(drill, m["id"]), spec, seed)
        runs = [i for i, o in enumerate(got) if o is not None]
        assert runs, f"{m['id']} runs on no case"
        for i in runs:  # shape-preserving, finite: it must be able to match a learner's output
            assert [o.shape for o in got[i]] == expected_shapes(spec, spec["cases"][i]), (m["id"], i)
            assert all(np.isfinite(o).all() for o in got[i]), (m["id"], i)
        assert any(not _same(o, r, spec) for o, r in zip(got, ref) if o is not None), (
            f"{m['id']} is indistinguishable from the reference")
    for a, b in itertools.combinations(outs, 2):
        assert not all(_same(x, y, spec) for x, y in zip(outs[a], outs[b])), f"{a} and {b} look the same"


def test_clip_grad_norm_cases_cover_both_regimes():
    spec = spec_of("clip-grad-norm")
    for seed in SEEDS:
        totals = [numpy_ref("clip-grad-norm")(*make_inputs(spec, c, seed))[1] for c in spec["cases"]]
        max_norm = spec["args"]["max_norm"]["value"]
        assert sum(t > 2 * max_norm for t in totals) >= 2 and sum(t < max_norm / 2 for t in totals) >= 2, totals


def test_swapped_projections_cases_include_equal_and_different_sizes():
    cases = spec_of("additive-attention")["cases"]
    assert any(c["Hd"] == c["He"] for c in cases) and any(c["Hd"] != c["He"] for c in cases)


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
        fn = getattr(module(path), spec["function"])
        assert list(inspect.signature(fn).parameters) == params, path
    assert list(inspect.signature(torch_solution(drill).torch_nn_equivalent).parameters) == params
    on_disk = {p.stem for p in (CATALOG / drill / "mistakes").glob("*.py")}
    assert on_disk == {stem(m["id"]) for m in spec["mistakes"]}
    assert len(spec["hints"]) >= 3 and len(spec["mistakes"]) >= 3
    for track in ("numpy", "torch"):
        assert (CATALOG / drill / f"stub_{track}.py").exists() == (track in spec["tracks"])


@pytest.mark.parametrize("drill,track", [(d, t) for d in DRILLS for t in ("numpy", "torch") if t in spec_of(d)["tracks"]])
def test_stubs_raise_not_implemented(drill, track):
    spec = spec_of(drill)
    values = make_inputs(spec, spec["cases"][0], SEEDS[0])
    if track == "torch":
        values = to_torch(values, bool(spec.get("grad", False)))
    fn = getattr(module(CATALOG / drill / f"stub_{track}.py"), spec["function"])
    with pytest.raises(NotImplementedError):
        fn(*values)


@pytest.mark.parametrize("drill", DRILLS)
def test_drill_yaml_passes_the_engine_schema(drill):
    from rnnquiz.drills import loader

    spec = loader.load_spec(CATALOG / drill / "drill.yaml")
    assert spec.id == drill


@pytest.mark.parametrize("drill", DRILLS)
def test_mistakes_hold_on_the_engine_cases(drill):
    """On the grader's own seeded cases every mistake is detectable and nameable, and finite."""
    from rnnquiz.drills import cases as engine_cases
    from rnnquiz.drills import loader

    spec = spec_of(drill)
    model = loader.load_spec(CATALOG / drill / "drill.yaml")
    for seed in (0, 1):
        generated = engine_cases.generate(model, seed)

        def run(fn):
            results = []
            for case in generated:
                try:
                    with np.errstate(all="ignore"):
                        results.append(leaves(returns_of(fn(*[copy_value(case.args[n]) for n in spec["args"]]), spec)))
                except Exception:
                    results.append(None)
            return results

        ref = run(numpy_ref(drill))
        assert all(r is not None for r in ref)
        outs = {m["id"]: run(mistake_fn(drill, m["id"])) for m in spec["mistakes"]}
        for mid, got in outs.items():
            assert all(np.isfinite(o).all() for r in got if r is not None for o in r), mid
            assert any(not _same(o, r, spec) for o, r in zip(got, ref) if o is not None), f"{mid} undetectable (seed {seed})"
        for a, b in itertools.combinations(outs, 2):
            assert not all(_same(x, y, spec) for x, y in zip(outs[a], outs[b])), f"{a} and {b} look the same (seed {seed})"
