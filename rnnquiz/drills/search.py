"""Name a learner's mistake by searching candidates: the catalogue, mutants of the reference, and pairs.

The learner's outputs (computed in the child) are compared with every single candidate's cached
outputs at once; when none agrees within tolerance, pairs of the candidates that each move the
outputs towards the learner's are built and tried, case by case. Catalogue entries win ties;
several distinct matches are all reported, closest first.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from rnnquiz.drills import mutants
from rnnquiz.drills.mutants import Candidate
from rnnquiz.drills.text import Join, Msg, Pick

RAISED = "raised"  # a case where the function raised instead of returning
LOOSEN = 10  # candidates are matched 10x looser than the grading tolerance (they are other code)
FIRSTS = 6  # candidates tried as the first change of a pair
SECONDS = 4  # ... each with this many second changes
CAP = 10.0  # largest per-entry distance counted (so one overflow does not dominate)


@dataclass
class Learner:
    """The learner's outputs in the bank's layout: a flat vector and what happened in each case."""

    values: np.ndarray
    status: list[str]  # per case: "values", "raised" or "skip"


def learner_vector(spec, cases: list, learner: list, bank_bounds: list, shapes: list) -> Learner:
    """Lay the learner's outputs out like the bank's rows (`learner[i]`: outputs, RAISED or None)."""
    total = bank_bounds[-1][1] if bank_bounds else 0
    values = np.full(total, np.nan)
    status = []
    for got, (a, b), sh in zip(learner, bank_bounds, shapes):
        if got is None:
            status.append("skip")
        elif got == RAISED:
            status.append("raised")
        else:
            flat = mutants.flatten(spec, got, sh)
            status.append("skip" if flat is None else "values")
            if flat is not None:
                values[a:b] = flat
    return Learner(values, status)


def _close(m: np.ndarray, learner: np.ndarray, atol: float, rtol: float) -> np.ndarray:
    with np.errstate(invalid="ignore", over="ignore"):
        return (np.abs(m - learner) <= atol + rtol * np.abs(learner)) | (m == learner) | (np.isnan(m) & np.isnan(learner))


def _agrees(close_row: np.ndarray, raised_row, learner: Learner, bounds: list) -> bool:
    """Return whether one candidate agrees with the learner on every comparable case, on values at least once."""
    on_values = 0
    for k, (status, (a, b)) in enumerate(zip(learner.status, bounds)):
        if status == "skip":
            continue
        if status == "raised" or raised_row[k]:
            if not (status == "raised" and raised_row[k]):
                return False
            continue
        if not close_row[a:b].all():
            return False
        on_values += 1
    return on_values > 0


def _distance(rows: np.ndarray, learner: Learner, bounds: list) -> np.ndarray:
    """Return the mean capped distance of each row to the learner over the cases where both have values."""
    mask = np.zeros(rows.shape[-1], dtype=bool)
    for status, (a, b) in zip(learner.status, bounds):
        mask[a:b] = status == "values"
    with np.errstate(invalid="ignore", over="ignore"):
        diff = np.abs(rows[..., mask] - learner.values[mask])
    both_nan = np.isnan(rows[..., mask]) & np.isnan(learner.values[mask])
    diff = np.where(both_nan, 0.0, np.nan_to_num(diff, nan=CAP, posinf=CAP))
    return np.minimum(diff, CAP).mean(axis=-1) if mask.any() else np.full(rows.shape[:-1], CAP)


@dataclass
class Match:
    """A candidate (or a pair) that explains the learner's outputs."""

    parts: tuple  # one or two Candidates
    distance: float

    @property
    def id(self) -> str:
        return " + ".join(p.id for p in self.parts)


def single_matches(bank, learner: Learner, tol) -> list[int]:
    """Return the rows of the bank that agree with the learner (catalogue rows, if any agree, only those)."""
    close = _close(bank.values, learner.values, tol.atol * LOOSEN, tol.rtol * LOOSEN)
    rows = [k for k in range(len(bank.candidates)) if _agrees(close[k], bank.raised[k], learner, bank.bounds)]
    catalog = [k for k in rows if bank.candidates[k].kind == "catalog"]
    return catalog or rows


def _distinct(bank, rows: list[int], distances: np.ndarray) -> list[int]:
    """Keep the first (highest-precedence) row of each group of rows with the same outputs, closest first."""
    kept: list[int] = []
    for k in rows:
        if not any(np.allclose(bank.values[k], bank.values[j], rtol=1e-9, atol=1e-12, equal_nan=True) for j in kept):
            kept.append(k)
    return sorted(kept, key=lambda k: (distances[k], kept.index(k)))


def _composable(a: Candidate, b: Candidate, family) -> Candidate | None:
    """Return the candidate with both changes, or None when the two cannot be combined."""
    def own_mutation(c):
        return c.kind == "mutant"

    if own_mutation(a) and own_mutation(b):
        return Candidate(f"{a.id} + {b.id}", "pair", ("ref", a.own[1] + b.own[1]), None)
    for x, y in ((a, b), (b, a)):
        if x.kind == "catalog" and own_mutation(y) and y.own[1][0] in family.sources[x.own[0]].mutations:
            return Candidate(f"{x.id} + {y.id}", "pair", (x.own[0], y.own[1]), None)
        if x.kind in ("cell-catalog", "cell-mutant") and own_mutation(y):
            return Candidate(f"{x.id} + {y.id}", "pair", ("ref", y.own[1]), x.cell)
    if a.kind == "cell-mutant" and b.kind == "cell-mutant":
        return Candidate(f"{a.id} + {b.id}", "pair", ("ref", ()), ("ref", a.cell[1] + b.cell[1]))
    for x, y in ((a, b), (b, a)):
        if x.kind == "cell-catalog" and y.kind == "cell-mutant" and y.cell[1][0] in family.cell_sources[x.cell[0]].mutations:
            return Candidate(f"{x.id} + {y.id}", "pair", ("ref", ()), (x.cell[0], y.cell[1]))
    return None


def _pair_agrees(fn, spec, cases: list, shapes: list, learner: Learner, tol) -> np.ndarray | None:
    """Run a built pair case by case, stopping at the first disagreement; return its outputs if it agrees."""
    on_values = 0
    row = np.full(learner.values.shape, np.nan)
    for c, sh, status, (a, b) in zip(cases, shapes, learner.status, _bounds_of(learner, shapes)):
        if status == "skip":
            continue
        out = mutants.run_on_case(fn, spec, c.args, sh)
        if status == "raised" or out is None:
            if not (status == "raised" and out is None):
                return None
            continue
        if not _close(out, learner.values[a:b], tol.atol * LOOSEN, tol.rtol * LOOSEN).all():
            return None
        row[a:b] = out
        on_values += 1
    return row if on_values else None


def _bounds_of(learner: Learner, shapes: list) -> list:
    bounds, start = [], 0
    for sh in shapes:
        size = int(sum(int(np.prod(s)) for s in sh))
        bounds.append((start, start + size))
        start += size
    return bounds


def pair_matches(family, bank, learner: Learner, reference: np.ndarray, cases: list, shapes: list, tol) -> list[Match]:
    """Try pairs of candidates and return those that agree with the learner on every case.

    The first change of a pair is one of the candidates that move the outputs towards the
    learner's; the second, one whose change, added to the first's, comes closest to the learner's
    outputs. Only those few pairs are built and run.
    """
    distances = _distance(bank.values, learner, bank.bounds)
    base = float(_distance(reference[None], learner, bank.bounds)[0])
    firsts = [int(k) for k in np.argsort(distances, kind="stable") if distances[k] < base][:FIRSTS]
    found, tried = [], set()
    for i in firsts:
        combined = _distance(bank.values + (bank.values[i] - reference), learner, bank.bounds)
        seconds = 0
        for j in (int(k) for k in np.argsort(combined, kind="stable")):
            if seconds >= SECONDS:
                break
            if j == i or frozenset((i, j)) in tried:
                continue
            cand = _composable(bank.candidates[i], bank.candidates[j], family)
            if cand is None:
                continue
            seconds += 1
            tried.add(frozenset((i, j)))
            fn = family.function(cand)
            row = _pair_agrees(fn, family.drill.spec, cases, shapes, learner, tol) if fn is not None else None
            if row is not None and not any(np.allclose(row, r, rtol=1e-9, atol=1e-12, equal_nan=True) for _, r in found):
                a, b = sorted((i, j), key=lambda k: _precedence(bank.candidates[k]))
                found.append((Match((bank.candidates[a], bank.candidates[b]), float(combined[j])), row))
    return sorted((m for m, _ in found), key=lambda m: m.distance)


def _precedence(c: Candidate) -> int:
    return {"catalog": 0, "cell-catalog": 1, "mutant": 2, "cell-mutant": 3}.get(c.kind, 4)


def search(family, bank, cases: list, learner_out: list, reference_out: list, tol) -> list[Match]:
    """Return the explanations of the learner's outputs, best first (empty when nothing agrees)."""
    spec = family.drill.spec
    shapes = [mutants.leaf_shapes(spec, r) for r in reference_out]
    learner = learner_vector(spec, cases, learner_out, bank.bounds, shapes)
    if "values" not in learner.status:
        return []
    distances = _distance(bank.values, learner, bank.bounds)
    rows = single_matches(bank, learner, tol)
    if rows:
        return [Match((bank.candidates[k],), float(distances[k])) for k in _distinct(bank, rows, distances)]
    reference = np.concatenate([mutants.flatten(spec, r, sh) for r, sh in zip(reference_out, shapes)])
    return pair_matches(family, bank, learner, reference, cases, shapes, tol)


# ---------------------------------------------------------------------------------- descriptions


def describe(family, cand: Candidate) -> Msg:
    """Return a candidate's title: the catalogue's, or one built from the operator and the place it hit."""
    if cand.kind == "pair":
        raise ValueError("describe the parts of a pair")
    if cand.kind == "catalog":
        return Pick(dict(_mistake(family.drill.spec, cand.id).title))
    if cand.kind == "mutant":
        return _mutation_text(family.sources["ref"].mutations[cand.own[1][0]])
    cell = family.cell_drill
    if cand.kind == "cell-catalog":
        inner = Pick(dict(_mistake(cell.spec, cand.cell[0][4:]).title))
    else:
        inner = _mutation_text(family.cell_sources["ref"].mutations[cand.cell[1][0]])
    return Msg("grader.mutant.in-cell", cell=cell.id, text=inner)


def _mistake(spec, mistake_id: str):
    return next(m for m in spec.mistakes if m.id == mistake_id)


def _mutation_text(m) -> Msg:
    place = m.values.get("place", "")
    where = Msg(f"grader.mutant.where.{place}") if place in ("return", "for") else Msg("grader.mutant.where", place=place)
    return Msg(f"grader.mutant.{m.op}", **m.values, where=where)


def explanation(family, match: Match) -> dict:
    """Return a match as the report's `mistake` entry: id, title and explain in both languages."""
    titles = [describe(family, p) for p in match.parts]
    title = titles[0] if len(titles) == 1 else Join("grader.mutant.and", titles)
    first = match.parts[0]
    if len(match.parts) == 1 and first.kind == "catalog":
        explain = Pick(dict(_mistake(family.drill.spec, first.id).explain))
    elif len(match.parts) == 1 and first.kind == "cell-catalog":
        m = _mistake(family.cell_drill.spec, first.cell[0][4:])
        explain = Msg("grader.mutant.explain-cell", cell=family.cell_drill.id, text=Pick(dict(m.explain)))
    else:
        explain = Msg("grader.mutant.explain-pair" if len(match.parts) == 2 else "grader.mutant.explain")
    return {"id": match.id, "title": {"en": title.render("en"), "zh": title.render("zh")},
            "explain": {"en": explain.render("en"), "zh": explain.render("zh")}, "source": [p.kind for p in match.parts]}
