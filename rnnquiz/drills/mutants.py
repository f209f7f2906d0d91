"""Candidate mistakes of a drill and their outputs on the graded cases, computed once and cached.

The candidates are the drill's catalogue (hand-written mistake files), the mutants of its NumPy
reference (`rnnquiz.drills.mutate`), and, for a drill built from a cell (`built_from:` in
drill.yaml), the cell drill's catalogue and mutants run inside the drill's own reference in place
of its cell helper. All of it is trusted code run on the parent's own inputs. Their outputs on one
seed's cases are one matrix (a row per candidate), cached under the cache folder, keyed by the
content of every file involved and rnnquiz's version.
"""

from __future__ import annotations

import ast
import hashlib
import itertools
import json
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from rnnquiz.drills import mutate, mutate_bounds, rewrite
from rnnquiz.drills.compare import labelled
from rnnquiz.drills.references import as_list

ENGINE_VERSION = 2  # bump when operators or the layout change: old caches are then ignored


@dataclass(frozen=True)
class Source:
    """One trusted file the candidates are made from: its parsed module and its mutations."""

    path: Path
    function: str
    skip: tuple = ()

    @property
    def tree(self) -> ast.Module:
        return _parse(self.path)

    @property
    def mutations(self) -> dict[str, mutate.Mutation]:
        return _mutations(self.path, self.skip)


@lru_cache(maxsize=128)
def _source_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=128)
def _parse(path: Path) -> ast.Module:
    return ast.parse(_source_text(path))


@lru_cache(maxsize=128)
def _mutations(path: Path, skip: tuple) -> dict[str, mutate.Mutation]:
    return {m.id: m for m in mutate.find_mutations(_source_text(path), skip=skip)}


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _relu(z):
    return np.maximum(z, 0.0)


def compile_function(source: Source, mutation_ids: tuple = (), overrides: dict | None = None):
    """Return the function of `source` with the mutations applied (None when they collide or fail to build)."""
    tree = source.tree
    if mutation_ids:
        tree = mutate.apply(tree, [source.mutations[m] for m in mutation_ids], fresh=lambda: ast.parse(_source_text(source.path)))
        if tree is None:
            return None
    namespace = {"__name__": f"_rnnquiz_mutant_{source.path.stem}", mutate.SIGMOID: _sigmoid, mutate.RELU: _relu}
    try:
        exec(compile(tree, str(source.path), "exec"), namespace)  # noqa: S102 - trusted files only, never the learner's
    except Exception:  # noqa: BLE001 - a mutant that does not build is simply not a candidate
        return None
    namespace.update(overrides or {})
    return namespace.get(source.function)


@dataclass(frozen=True)
class Candidate:
    """One candidate mistake: what it is made of and how it is described."""

    id: str
    kind: str  # catalog, mutant, cell-catalog, cell-mutant, order (the gate blocks read in another order)
    own: tuple  # (base, mutation ids): base "ref" or "cat:<mistake id>"
    cell: tuple | None = None  # (base, mutation ids) of the cell drill, for a built drill
    order: tuple | None = None  # the inputs' gate blocks rearranged first: new block k = packed block order[k]


class Family:
    """Every source a drill's candidates come from, and how to build one candidate's function."""

    def __init__(self, drill, cell_drill=None):
        from rnnquiz.drills.loader import load_drill

        spec = drill.spec
        self.drill = drill
        self.built = spec.built_from
        self.cell_drill = cell_drill or (load_drill(self.built.drill) if self.built else None)
        function = self.built.function if self.built and self.built.function else spec.function
        skip = (self.built.cell,) if self.built else ()
        self.sources = {"ref": Source(drill.solution_path("numpy"), function, skip)}
        for m in spec.mistakes:
            self.sources[f"cat:{m.id}"] = Source(drill.mistake_path(m.id), spec.function)
        self.cell_sources = {}
        self.cases: list = []
        self._shapes: list = []
        self._cell_names: dict = {}
        if self.cell_drill is not None:
            cell_spec = self.cell_drill.spec
            self.cell_sources["ref"] = Source(self.cell_drill.solution_path("numpy"), cell_spec.function)
            for m in cell_spec.mistakes:
                self.cell_sources[f"cat:{m.id}"] = Source(self.cell_drill.mistake_path(m.id), cell_spec.function)

    def files(self) -> list[Path]:
        """Return every file the candidates depend on (for the cache key)."""
        paths = [self.drill.folder / "drill.yaml", *(s.path for s in self.sources.values())]
        if self.cell_drill is not None:
            paths += [self.cell_drill.folder / "drill.yaml", *(s.path for s in self.cell_sources.values())]
        return paths

    def singles(self) -> list[Candidate]:
        """Return the single candidates in order of precedence: catalogue first, the cell's last."""
        out = [Candidate(key[4:], "catalog", (key, ())) for key in self.sources if key != "ref"]
        public = mutate_bounds.public_id
        out += [Candidate(public(mid), "mutant", ("ref", (mid,))) for mid in self.sources["ref"].mutations]
        if self.cell_drill is not None:
            cell = self.cell_drill.id
            out += [Candidate(f"{cell}/{key[4:]}", "cell-catalog", ("ref", ()), (key, ())) for key in self.cell_sources if key != "ref"]
            out += [Candidate(f"{cell}/{public(mid)}", "cell-mutant", ("ref", ()), ("ref", (mid,))) for mid in self.cell_sources["ref"].mutations]
        blocks = self.drill.spec.blocks
        if blocks is not None:
            for perm in itertools.permutations(range(len(blocks.names))):
                if perm != tuple(range(len(perm))):
                    out.append(Candidate(f"order:{','.join(read_order(blocks.names, perm))}", "order", ("ref", ()), None, perm))
        return out

    def function(self, cand: Candidate):
        """Return the candidate's function (None when its mutations cannot be built together)."""
        overrides = None
        base, mids = cand.own
        if cand.cell is not None:
            name = self.cell_name(base)
            cell_base, cell_mids = cand.cell
            cell_fn = compile_function(self.cell_sources[cell_base], cell_mids) if name else None
            if cell_fn is None:
                return None
            overrides = {name: cell_fn}
        fn = compile_function(self.sources[base], mids, overrides)
        return fn if fn is None or cand.order is None else _reading_blocks(fn, self.drill.spec, cand.order)

    def cell_name(self, base: str) -> str | None:
        """Return the name under which a source runs the cell, so that a changed cell can take its place.

        The reference calls the cell helper by its declared name. A catalogued mistake of the sequence code
        may carry its own copy of the cell under another name (`_cell`): that copy takes a changed cell only
        when it is the one helper of the cell's arity the drill's function calls and running the file with the
        reference cell in its place changes none of its outputs on the graded cases (a copy that holds the
        mistake itself, such as another gate order, is left alone)."""
        if self.built is None:
            return None
        if base not in self._cell_names:
            key = (self.sources[base].path, self.cell_sources["ref"].path, tuple((c.seed, c.index) for c in self.cases))
            if key not in _CELL_NAMES:
                _CELL_NAMES[key] = self._find_cell_name(base)
            self._cell_names[base] = _CELL_NAMES[key]
        return self._cell_names[base]

    def _find_cell_name(self, base: str) -> str | None:
        source = self.sources[base]
        tree = source.tree
        if base == "ref" or _calls(tree, self.built.cell):
            return self.built.cell
        cell_fn = compile_function(self.cell_sources["ref"])
        arity = len(next(f for f in self.cell_sources["ref"].tree.body if isinstance(f, ast.FunctionDef)
                         and f.name == self.cell_drill.spec.function).args.args)
        main = next((f for f in tree.body if isinstance(f, ast.FunctionDef) and f.name == source.function), None)
        helpers = [f.name for f in tree.body if isinstance(f, ast.FunctionDef) and f.name != source.function
                   and len(f.args.args) == arity and main is not None and _calls(main, f.name)]
        if len(helpers) != 1 or cell_fn is None or not self.cases:
            return None
        own, swapped = compile_function(source), compile_function(source, (), {helpers[0]: cell_fn})
        spec, shapes = self.drill.spec, self._shapes
        for case, sh in zip(self.cases, shapes):
            a, b = run_on_case(own, spec, case.args, sh), run_on_case(swapped, spec, case.args, sh)
            if a is None or b is None or not np.allclose(a, b, rtol=1e-12, atol=1e-12, equal_nan=True):
                return None
        return helpers[0]

    def on_cases(self, cases: list, refs: dict) -> None:
        """Give the family the graded cases (and the reference's outputs, for their layout)."""
        self.cases = list(cases)
        self._shapes = [leaf_shapes(self.drill.spec, refs[c.index]) for c in self.cases]


_CELL_NAMES: dict = {}  # (source file, cell reference, cases) -> the name the source runs the cell under


def read_order(names: list, perm: tuple) -> list[str]:
    """Return the gate each packed position is read as when block k of the inputs is replaced by block perm[k]."""
    order = [""] * len(names)
    for k, j in enumerate(perm):
        order[j] = names[k]
    return order


def _reading_blocks(fn, spec, perm: tuple):
    """Return `fn` run on inputs whose gate blocks are rearranged: code that reads the blocks in another order."""
    from rnnquiz.drills.cases import permute_blocks

    names = list(spec.args)

    def reading(*args):
        return fn(*permute_blocks(spec, dict(zip(names, args)), perm).values())

    return reading


def _calls(tree, name: str) -> bool:
    """Return whether a module (or function) calls `name`."""
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name for n in ast.walk(tree))


def flatten(spec, outputs: list, shapes: list) -> np.ndarray | None:
    """Return one case's outputs as one float64 vector, or None when a shape differs from `shapes`."""
    parts = []
    for (_, value), shape in zip(labelled(spec, outputs), shapes):
        value = np.asarray(value)
        if value.shape != shape:
            return None
        parts.append(value.astype(np.float64, copy=False).ravel())
    return np.concatenate(parts) if parts else np.zeros(0)


def leaf_shapes(spec, reference: list) -> list[tuple]:
    """Return the shape of every output leaf, in the order `flatten` lays them out."""
    return [np.asarray(v).shape for _, v in labelled(spec, reference)]


def run_on_case(fn, spec, args: dict, shapes: list) -> np.ndarray | None:
    """Run a candidate on one case; return its flat outputs, or None when it raises or returns other shapes."""
    copies = {k: [x.copy() for x in v] if isinstance(v, list) else (v.copy() if hasattr(v, "copy") else v) for k, v in args.items()}
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = as_list(spec, fn(*copies.values()))
            out = [[np.asarray(x) for x in r] if isinstance(r, (list, tuple)) else np.asarray(r) for r in out]
        if len(out) != len(spec.returns):
            return None
        return flatten(spec, out, shapes)
    except Exception:  # noqa: BLE001 - a candidate that raises on a case is a result (compared with the learner's)
        return None


@dataclass
class Bank:
    """The single candidates' outputs on every case: `values[k]` is candidate k's flat outputs of all cases."""

    candidates: list[Candidate]
    values: np.ndarray  # (n candidates, total length), NaN where a candidate raised
    raised: np.ndarray  # (n candidates, n cases): the candidate raised (or returned other shapes) there
    bounds: list[tuple[int, int]]  # each case's slice of a row


def _layout(spec, cases: list, refs: dict) -> tuple[list, list]:
    shapes = [leaf_shapes(spec, refs[c.index]) for c in cases]
    bounds, start = [], 0
    for c, s in zip(cases, shapes):
        size = int(sum(int(np.prod(x)) for x in s))
        bounds.append((start, start + size))
        start += size
    return shapes, bounds


def build_bank(family: Family, cases: list, refs: dict) -> Bank:
    """Run every single candidate on every case (in this process: trusted code only)."""
    spec = family.drill.spec
    shapes, bounds = _layout(spec, cases, refs)
    total = bounds[-1][1] if bounds else 0
    reference = np.concatenate([flatten(spec, refs[c.index], sh) for c, sh in zip(cases, shapes)]) if cases else np.zeros(0)
    kept, rows, raised = [], [], []
    for cand in family.singles():
        fn = family.function(cand)
        if fn is None:
            continue
        row = np.full(total, np.nan)
        flags = []
        for c, sh, (a, b) in zip(cases, shapes, bounds):
            out = run_on_case(fn, spec, c.args, sh)
            flags.append(out is None)
            if out is not None:
                row[a:b] = out
        if all(flags):
            continue  # raises everywhere: it can never be matched on values
        if not any(flags) and np.allclose(row, reference, rtol=1e-12, atol=1e-12, equal_nan=True):
            continue  # the same function as the reference (statements that commute): it explains nothing
        kept.append(cand)
        rows.append(row)
        raised.append(flags)
    values = np.array(rows) if rows else np.zeros((0, total))
    return Bank(kept, values, np.array(raised, dtype=bool).reshape(len(kept), len(cases)), bounds)


def _cache_key(family: Family, seed: int, cases: list) -> str:
    from rnnquiz import __version__

    h = hashlib.sha256(f"{ENGINE_VERSION}:{__version__}:{seed}:{[c.index for c in cases]}".encode())
    for engine in (Path(mutate.__file__), Path(mutate_bounds.__file__), Path(rewrite.__file__), Path(__file__)):  # operators and layout are in the key
        h.update(engine.read_bytes())
    for path in family.files():
        h.update(path.name.encode())
        h.update(path.read_bytes() if path.exists() else b"-")
    return h.hexdigest()[:20]


def cache_path(family: Family, seed: int, cases: list) -> Path:
    from rnnquiz.paths import cache_dir

    return cache_dir() / "mutants" / f"{family.drill.id}-s{seed}-{_cache_key(family, seed, cases)}.npz"


def _save(path: Path, bank: Bank) -> None:
    manifest = json.dumps({"candidates": [[c.id, c.kind, c.own[0], list(c.own[1]), [c.cell[0], list(c.cell[1])] if c.cell else None,
                                           list(c.order) if c.order else None] for c in bank.candidates], "bounds": bank.bounds})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, values=bank.values, raised=bank.raised, manifest=np.array(manifest))
        tmp.replace(path)
    except OSError:
        pass  # a read-only cache folder costs time, never a verdict


def _load(path: Path) -> Bank | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            manifest = json.loads(str(data["manifest"]))
            values, raised = data["values"], data["raised"]
    except (OSError, ValueError, KeyError):
        return None
    cands = [Candidate(row[0], row[1], (row[2], tuple(row[3])), (row[4][0], tuple(row[4][1])) if row[4] else None,
                       tuple(row[5]) if row[5] else None) for row in manifest["candidates"]]
    return Bank(cands, values, raised, [tuple(b) for b in manifest["bounds"]])


_BANKS: dict = {}
_BUILT: dict = {}  # banks this process computed itself


def bank_for(family: Family, seed: int, cases: list, refs: dict, trust_cache: bool = True) -> Bank:
    """Return the candidates' outputs on these cases: from memory, the cache folder, or computed now and cached.

    `trust_cache=False` (strict grading) never reads the cache folder, which a grading child outside
    the strict sandbox could have rewritten: only what this process computed is reused.
    """
    path = cache_path(family, seed, cases)
    bank = _BUILT.get(path) if not trust_cache else (_BANKS.get(path) or _load(path))
    if bank is None:
        bank = _BUILT[path] = build_bank(family, cases, refs)
        _save(path, bank)
    _BANKS[path] = bank
    return bank
